/**
 * "Copy BibTeX" on paper pages. The button appears only when the Clipboard API exists, and it reports the outcome
 * through the block's live region; the entry itself stays plain selectable text.
 */

export const installCiteCopy = (root: ParentNode): void => {
  for (const block of root.querySelectorAll(".cite")) {
    const button = block.querySelector<HTMLButtonElement>(".cite-copy");
    const text = block.querySelector(".cite-text");
    const status = block.querySelector(".cite-status");
    if (!button || !text || !status || !("clipboard" in navigator)) continue;
    button.addEventListener("click", () => {
      navigator.clipboard.writeText(text.textContent).then(
        () => {
          status.textContent = "Copied to clipboard";
        },
        () => {
          status.textContent = "Copy failed — select the text instead";
        },
      );
    });
    button.hidden = false;
  }
};
