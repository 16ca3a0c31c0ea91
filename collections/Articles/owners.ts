/** A story belongs to its authors and to whoever created it (collections/access/ownWork.ts). */
export const STORY_OWNERS = ['authors', 'createdBy']
