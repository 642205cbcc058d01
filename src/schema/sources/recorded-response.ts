/**
 * A recorded HTTP response, as API client libraries keep them for their tests: the request's address, the status
 * and the body as a string. The body is read as a digest of its own format; the status says whether the source
 * answered with an error.
 */
import { z } from "zod";

export const recordedResponseSchema = z.object({
  url: z.string(),
  status_code: z.number().int(),
  body: z.string(),
});
