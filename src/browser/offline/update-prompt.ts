/** The small "New version — reload" prompt, in a live region so screen readers announce it when it appears. */

const UPDATE_PROMPT_LABEL = "New version — reload";

export const showUpdatePrompt = (accept: () => void): void => {
  if (document.querySelector("[data-update-prompt]")) return;
  const region = document.createElement("div");
  region.dataset["updatePrompt"] = "";
  region.setAttribute("role", "status");
  region.className =
    "fixed right-4 bottom-4 z-50 rounded-md border border-line-strong bg-surface px-4 py-2 text-sm text-ink shadow-md";
  document.body.append(region);
  const button = document.createElement("button");
  button.type = "button";
  button.className = "font-medium hover:text-accent";
  button.textContent = UPDATE_PROMPT_LABEL;
  button.addEventListener("click", () => {
    button.disabled = true;
    accept();
  });
  // Filled after the region is in the page, so assistive technology hears the change.
  requestAnimationFrame(() => {
    region.append(button);
  });
};
