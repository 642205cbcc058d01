/**
 * "Copy BibTeX" on paper pages. The button and the live region that reports the outcome are added beside the
 * block's heading only when the Clipboard API exists; the entry itself stays plain selectable text.
 */

function copyControls(): { status: HTMLSpanElement; button: HTMLButtonElement } {
  const status = document.createElement("span");
  status.className = "cite-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "cite-copy btn btn-sm";
  button.textContent = "Copy BibTeX";
  return { status, button };
}

export const installCiteCopy = (root: ParentNode): void => {
  if (!("clipboard" in navigator)) return;
  for (const block of root.querySelectorAll(".cite")) {
    const bar = block.querySelector(":scope > div");
    const text = block.querySelector(".cite-text");
    if (!bar || !text) continue;
    const { status, button } = copyControls();
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
    bar.append(status, button);
  }
};
