import { ownWork } from './ownWork'

/** People are public from the start: journalists correct the ones they added, editors anyone; contributors only add them. */
export const personWriters = ownWork({ owners: ['createdBy'], notYetPublic: null })
