export function NameList({ items, className, itemClassName }: { items: { id: string | number; href: string; name: string; detail?: string | null }[]; className: string; itemClassName?: string }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.id} className={itemClassName}>
          <a href={item.href}>{item.name}</a>
          {item.detail && `, ${item.detail}`}
        </li>
      ))}
    </ul>
  )
}
