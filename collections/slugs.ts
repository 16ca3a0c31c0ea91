/** The two auth collections, which code outside them tells apart by slug. */
export const STAFF_COLLECTION = 'users'
export const READERS_COLLECTION = 'readers'
