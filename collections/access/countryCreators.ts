import type { PayloadRequest } from 'payload'

import { hasRole } from '@/collections/Users/roles'

/** Any staff member may add a missing country from a story's drawer; changing one stays with editors. */
export const isCountryCreator = (user: PayloadRequest['user']): boolean => hasRole(user, 'contributor')

export const countryCreators = ({ req }: { req: PayloadRequest }): boolean => isCountryCreator(req.user)
