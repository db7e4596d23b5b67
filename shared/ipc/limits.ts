// Bounds on what the window may send in one request, shared by main's schemas and the renderer
// (which must not import request-schemas.ts: that would bundle zod).

/** The rows a window reports seen at once: what fits on screen, with room to spare. */
export const MAX_SEEN_IDS_PER_CALL = 200;

/** An approve / reject comment: Feishu shows it in the timeline; a page of text is enough. */
export const MAX_DECISION_COMMENT = 1000;
