/** "1 read", "2 reads": a count with its noun, singular or plural as English has it. */
export const counted = (count: number, singular: string, plural = `${singular}s`): string => `${count} ${count === 1 ? singular : plural}`
