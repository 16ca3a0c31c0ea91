import { notFound } from 'next/navigation'

export default function UnknownPage(): never {
  notFound()
}
