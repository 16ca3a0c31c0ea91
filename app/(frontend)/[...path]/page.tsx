import { notFound } from 'next/navigation'

/** Any other address on the reader site gets the site's 404 page. */
export default function UnknownPage(): never {
  notFound()
}
