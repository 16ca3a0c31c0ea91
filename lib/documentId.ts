import { z } from 'zod'

/** A document id as it may arrive in a URL: numeric (SQLite) or an ObjectId (MongoDB); anything else names no document. */
export const documentIdSchema = z.string().regex(/^(\d{1,15}|[0-9a-f]{24})$/)
