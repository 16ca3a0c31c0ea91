/** "1 free article", "3 free articles". */
export const freeArticles = (count: number): string => `${count} free ${count === 1 ? 'article' : 'articles'}`

/** The notice above a counted story. */
export function remainingNotice(remaining: number): string {
  return `You have ${freeArticles(remaining)} remaining. Subscribe for unlimited access.`
}
