import { z } from 'zod'

/** A document id as it may arrive in a URL: numeric (SQLite) or an ObjectId (MongoDB); anything else names no document. */
export const documentIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)
