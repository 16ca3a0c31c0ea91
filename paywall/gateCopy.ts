export const freeArticles = (count: number): string => `${count} free ${count === 1 ? 'article' : 'articles'}`

export function remainingNotice(remaining: number): string {
  return `You have ${freeArticles(remaining)} remaining. Subscribe for unlimited access.`
}
