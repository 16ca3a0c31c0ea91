/** The notice above a counted story. */
export function remainingNotice(remaining: number): string {
  const articles = remaining === 1 ? 'article' : 'articles'
  return `You have ${remaining} free ${articles} remaining. Subscribe for unlimited access.`
}
