import { ownWork } from './ownWork'

/** Photos: a caption or credit change shows at once, so contributors change only their own, until readers can see them. */
export const mediaWriters = ownWork({ owners: ['createdBy'], notYetPublic: { visibleToReaders: { not_equals: true } } })
