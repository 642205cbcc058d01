/** The components every note may use without an import (the site supplies them when it renders a note). */
export const NOTE_COMPONENTS = ["Paper", "Figure", "Callout"] as const;

/** The kinds of `<Callout>`, each with its own label and colour. */
export const CALLOUT_TYPES = ["note", "warning", "idea"] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

/** Where `<Figure src>` files live, from the project root. */
export const NOTE_IMAGES_DIR = "content/notes/images";
