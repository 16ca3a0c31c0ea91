import type { PayloadRequest } from 'payload'

import { isEditorUser } from './editors'

// Readers get the settings through the site; in the admin they are only shown to those who run it.
export const hiddenBelowEditors = ({ user }: { user: PayloadRequest['user'] }): boolean => !isEditorUser(user)
