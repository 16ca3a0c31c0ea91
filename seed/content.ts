/**
 * Everything said here about real people and events is taken from the scraped story
 * (seed/story.txt) and nothing else: no invented quotes, dates, numbers or attributions.
 */
import type { Country } from '@/payload-types'

import type { SeedImageKey } from './images'

export type CountrySeed = { name: string; isoCode: string; region: NonNullable<Country['region']> }

export const COUNTRIES = [
  { name: 'Bolivia', isoCode: 'BO', region: 'Latin America' },
  { name: 'Iran', isoCode: 'IR', region: 'Middle East' },
  { name: 'United States', isoCode: 'US', region: 'North America' },
  { name: 'Argentina', isoCode: 'AR', region: 'Latin America' },
  { name: 'Chile', isoCode: 'CL', region: 'Latin America' },
  { name: 'Russia', isoCode: 'RU', region: 'Europe' },
  { name: 'Ukraine', isoCode: 'UA', region: 'Europe' },
] as const satisfies readonly CountrySeed[]

export type IsoCode = (typeof COUNTRIES)[number]['isoCode']

export type PersonSeed = {
  slug: string
  name: string
  aliases: readonly string[]
  role: string
  // The story does not say which chamber the two lawmakers sit in.
  organisation?: string
  country: IsoCode
  bio: string
}

export const PEOPLE = [
  {
    slug: 'edmundo-novillo',
    name: 'Edmundo Novillo',
    aliases: [],
    role: 'Defense Minister',
    organisation: 'Ministry of Defense of Bolivia',
    country: 'BO',
    bio: 'Bolivia’s Defense Minister. On July 20 he paid an official visit to Tehran, where he met his Iranian counterpart, Mohammad Reza Ashtiani, and he stated that his visit did not signify any threat against any nation.',
  },
  {
    slug: 'mohammad-reza-ashtiani',
    name: 'Mohammad Reza Ashtiani',
    aliases: ['Mohamad Reza Ashtiani'],
    role: 'Defense Minister',
    organisation: 'Ministry of Defense of Iran',
    country: 'IR',
    bio: 'Iran’s Defense Minister. He met Bolivia’s Defense Minister, Edmundo Novillo, in Tehran on July 20, and at a press conference in Tehran said Iran was prepared to provide equipment to the Bolivian army, as reported by HispanTV.',
  },
  {
    slug: 'john-kirby',
    name: 'John Kirby',
    aliases: [],
    role: 'Spokesperson',
    organisation: 'White House National Security Council',
    country: 'US',
    bio: 'Spokesperson for the White House National Security Council. He commented on Bolivia’s interest in Iranian drones, saying the United States is wary of Iranian technology exports that could be destabilizing.',
  },
  {
    slug: 'alberto-asseff',
    name: 'Alberto Asseff',
    aliases: [],
    role: 'Lawmaker',
    country: 'AR',
    bio: 'Argentine lawmaker. He expressed concerns about the potential provision of weaponry and drew parallels with the drones Iran reportedly provided to Russia during the conflict with Ukraine.',
  },
  {
    slug: 'andres-jouannet',
    name: 'Andrés Jouannet',
    aliases: [],
    role: 'Parliamentarian',
    country: 'CL',
    bio: 'Chilean parliamentarian. Reacting to Bolivia’s interest in Iranian drones, he said: “This situation is objectively concerning for us; it affects our sense of security.”',
  },
] as const satisfies readonly PersonSeed[]

export type PersonSlug = (typeof PEOPLE)[number]['slug']

export type QuoteSeed = {
  speaker: PersonSlug
  text: string
  speakerRole: string
  context: string
  relayedBy?: string
  // Shown to every reader away from the story.
  publicRecord: boolean
}

// Each is a substring of the story's text. All five are public statements reported elsewhere.
export const MAIN_STORY_QUOTES: readonly QuoteSeed[] = [
  {
    speaker: 'john-kirby',
    text: 'We are wary of any Iranian technology exports that could potentially be destabilizing, and as you know, we have imposed numerous sanctions on Iran.',
    speakerRole: 'White House National Security Council spokesperson',
    publicRecord: true,
    context:
      'One of the reactions in the United States to Bolivia’s intent to purchase Iranian drones, after its defense minister’s trip to Tehran.',
  },
  {
    speaker: 'alberto-asseff',
    text: 'provision of weaponry',
    speakerRole: 'Argentine lawmaker',
    publicRecord: true,
    context:
      'He expressed concerns about the potential provision of weaponry, drawing parallels with the drones Iran reportedly provided to Russia during the conflict with Ukraine.',
  },
  {
    speaker: 'andres-jouannet',
    text: 'This situation is objectively concerning for us; it affects our sense of security.',
    speakerRole: 'Chilean parliamentarian',
    publicRecord: true,
    context: 'One of the reactions from countries neighboring Bolivia to its interest in Iranian drones.',
  },
  {
    speaker: 'edmundo-novillo',
    text: 'My visit to Iran does not signify any threat, nor does it risk, nor would we be involved in hostile actions against any nation.',
    speakerRole: 'Bolivia’s Defense Minister',
    publicRecord: true,
    context:
      'Bolivian authorities acknowledged their interest in the drones and clarified that they would use them for border protection, especially to combat smuggling and drug trafficking.',
  },
  {
    speaker: 'mohammad-reza-ashtiani',
    // The story puts a comma inside the marks (“…border security,”): the words end before it.
    text: 'We are prepared to provide the necessary equipment for the Bolivian army to tackle drug trafficking and ensure border security',
    speakerRole: 'Iran’s Defense Minister',
    publicRecord: true,
    context: 'At a press conference in Tehran, echoing Novillo’s assurances, as reported by HispanTV.',
    relayedBy: 'HispanTV',
  },
]

export type ArticleSettings = {
  section: string
  dek: string
  publishedAt: string
  freeToRead: boolean
  heroImage: SeedImageKey
  people: readonly PersonSlug[]
  countries: readonly IsoCode[]
}

// Title and body come from the scraped page.
export const MAIN_STORY: ArticleSettings & { bodyImage: SeedImageKey } = {
  section: 'Latin America',
  dek: 'Bolivia’s defense minister visited Tehran as his country seeks Iranian drones for border protection, drawing wariness from Washington and concern in Argentina and Chile.',
  publishedAt: '2023-07-25T12:00:00.000Z',
  freeToRead: false,
  heroImage: 'boliviaMap',
  bodyImage: 'droneOverMountains',
  people: PEOPLE.map((person) => person.slug),
  countries: COUNTRIES.map((country) => country.isoCode),
}

type OtherArticleSeed = ArticleSettings & { slug: string; title: string; paragraphs: readonly string[] }

// Each re-tells facts from the main story only.
export const OTHER_ARTICLES: readonly OtherArticleSeed[] = [
  {
    slug: 'edmundo-novillo-bolivia-defense-minister-profile',
    title: 'Who is Edmundo Novillo, Bolivia’s defense minister?',
    section: 'Profile',
    dek: 'Bolivia’s Defense Minister met his Iranian counterpart in Tehran on July 20 and says his visit threatens no nation.',
    publishedAt: '2023-07-21T09:00:00.000Z',
    heroImage: 'journeyArc',
    people: ['edmundo-novillo', 'mohammad-reza-ashtiani'],
    countries: ['BO', 'IR'],
    freeToRead: false,
    paragraphs: [
      'Edmundo Novillo is Bolivia’s Defense Minister.',
      'On July 20 he paid an official visit to Tehran, where he met with his Iranian counterpart, Mohammad Reza Ashtiani.',
      'The trip raised eyebrows in the United States and among some of Bolivia’s neighboring countries because of Bolivia’s intent to purchase Iranian drones.',
      'Novillo stated: “My visit to Iran does not signify any threat, nor does it risk, nor would we be involved in hostile actions against any nation.”',
      'Bolivian authorities say they would use the drones for border protection, especially to combat smuggling and drug trafficking.',
    ],
  },
  {
    slug: 'mohammad-reza-ashtiani-iran-defense-minister-profile',
    title: 'Who is Mohammad Reza Ashtiani, Iran’s defense minister?',
    section: 'Profile',
    dek: 'Iran’s Defense Minister met Bolivia’s Edmundo Novillo in Tehran and said Iran was prepared to equip the Bolivian army, HispanTV reported.',
    publishedAt: '2023-07-22T09:00:00.000Z',
    heroImage: 'pressLectern',
    people: ['mohammad-reza-ashtiani', 'edmundo-novillo'],
    countries: ['IR', 'BO'],
    freeToRead: false,
    paragraphs: [
      'Mohammad Reza Ashtiani is Iran’s Defense Minister. His name is also spelled Mohamad Reza Ashtiani.',
      'On July 20 he met with his Bolivian counterpart, Edmundo Novillo, who paid an official visit to Tehran.',
      'During a press conference in Tehran, Ashtiani said: “We are prepared to provide the necessary equipment for the Bolivian army to tackle drug trafficking and ensure border security,” as reported by HispanTV.',
      'Iran and Bolivia have kept the specifics of their agreement, such as its scope, price and timeline, confidential, citing a “confidentiality clause” in their bilateral cooperation memorandum.',
    ],
  },
  {
    slug: 'washington-wary-of-iranian-drones-for-bolivia',
    title: 'Washington’s wariness over Iranian drones for Bolivia',
    section: 'Defense',
    dek: 'The White House National Security Council spokesperson says the United States is wary of Iranian technology exports that could be destabilizing.',
    publishedAt: '2023-07-24T09:00:00.000Z',
    heroImage: 'neoclassicalFacade',
    people: ['john-kirby', 'edmundo-novillo'],
    countries: ['US', 'IR', 'BO'],
    freeToRead: false,
    paragraphs: [
      'Bolivia’s intent to purchase Iranian drones has raised eyebrows in the United States.',
      'On July 20, Bolivia’s Defense Minister, Edmundo Novillo, paid an official visit to Tehran, where he met with his Iranian counterpart, Mohammad Reza Ashtiani.',
      'The White House National Security Council spokesperson, John Kirby, commented: “We are wary of any Iranian technology exports that could potentially be destabilizing, and as you know, we have imposed numerous sanctions on Iran.”',
      'Bolivian authorities say their intention is to use the drones for border protection, especially to combat smuggling and drug trafficking.',
    ],
  },
  {
    slug: 'argentina-chile-react-bolivia-iranian-drones',
    title: 'Neighbors react: Argentina and Chile uneasy over Bolivia’s interest in Iranian drones',
    section: 'Latin America',
    dek: 'An Argentine lawmaker worries about the “provision of weaponry”; a Chilean parliamentarian calls the situation “objectively concerning.”',
    publishedAt: '2023-07-27T09:00:00.000Z',
    heroImage: 'neighborsMap',
    people: ['alberto-asseff', 'andres-jouannet'],
    countries: ['AR', 'CL', 'BO', 'IR', 'RU', 'UA'],
    freeToRead: false,
    paragraphs: [
      'Bolivia’s interest in Iranian drones has drawn reactions from countries neighboring Bolivia.',
      'In Argentina, lawmaker Alberto Asseff expressed concerns about the potential “provision of weaponry.” He drew parallels between these drones and those Iran reportedly provided to Russia during the conflict with Ukraine.',
      'There has been historical tension between Argentina and Iran since the AMIA bombing in 1994.',
      'In Chile, parliamentarian Andrés Jouannet said: “This situation is objectively concerning for us; it affects our sense of security.”',
      'Bolivian authorities say they would use the drones for border protection, especially to combat smuggling and drug trafficking.',
    ],
  },
  {
    slug: 'how-bolivia-says-it-would-use-iranian-drones',
    title: 'How Bolivia says it would use Iranian drones',
    section: 'Defense',
    dek: 'Border protection against smuggling and drug trafficking, and real-time images of mountainous regions: the uses Bolivia gives for the drones it wants from Iran.',
    publishedAt: '2023-07-29T09:00:00.000Z',
    heroImage: 'viewfinderOverMountains',
    people: ['edmundo-novillo', 'mohammad-reza-ashtiani'],
    countries: ['BO', 'IR'],
    freeToRead: false,
    paragraphs: [
      'Bolivian authorities have acknowledged their interest in Iranian drones.',
      'They say their intention is to use them for border protection, especially to combat smuggling and drug trafficking.',
      'From Bolivia’s perspective, Iranian technology is efficient for monitoring mountainous regions and can relay real-time images to the country’s Armed Forces.',
      'At a press conference in Tehran, Iran’s Defense Minister, Mohammad Reza Ashtiani, said Iran was prepared to provide the necessary equipment for the Bolivian army to tackle drug trafficking and ensure border security, as reported by HispanTV.',
      'The scope, price and timeline of the agreement have not been made public.',
    ],
  },
  {
    slug: 'bolivia-iran-memorandum-confidentiality-clause-explained',
    title: 'What the confidentiality clause in the Bolivia–Iran memorandum keeps secret',
    section: 'Explainer',
    dek: 'Bolivia and Iran cite a clause in their bilateral cooperation memorandum to withhold the scope, price and timeline of their agreement.',
    publishedAt: '2023-08-01T09:00:00.000Z',
    heroImage: 'redactedMemorandum',
    people: ['edmundo-novillo', 'mohammad-reza-ashtiani'],
    countries: ['BO', 'IR'],
    freeToRead: false,
    paragraphs: [
      'Bolivia and Iran have kept the specifics of their agreement confidential.',
      'Both countries cite a “confidentiality clause” in their bilateral cooperation memorandum.',
      'The details withheld include the scope of the agreement, its price and its timeline.',
      'What is public: Bolivian authorities have acknowledged their interest in Iranian drones, which they say would be used for border protection, especially to combat smuggling and drug trafficking.',
      'On July 20, Bolivia’s Defense Minister, Edmundo Novillo, paid an official visit to Tehran, where he met with his Iranian counterpart, Mohammad Reza Ashtiani.',
    ],
  },
  {
    slug: 'bolivia-iran-drones-timeline',
    title: 'Bolivia, Iran and the drones: a timeline of what we know',
    section: 'Explainer',
    dek: 'From the AMIA bombing in 1994 to the defense minister’s visit to Tehran on July 20 and the reactions that followed.',
    publishedAt: '2023-08-05T09:00:00.000Z',
    heroImage: 'timelineMarkers',
    people: ['edmundo-novillo', 'mohammad-reza-ashtiani', 'john-kirby', 'alberto-asseff', 'andres-jouannet'],
    countries: ['BO', 'IR', 'US', 'AR', 'CL'],
    freeToRead: true,
    paragraphs: [
      '1994: the AMIA bombing, since which there has been historical tension between Argentina and Iran.',
      'July 20: Bolivia’s Defense Minister, Edmundo Novillo, pays an official visit to Tehran and meets with his Iranian counterpart, Mohammad Reza Ashtiani.',
      'After the visit: Bolivia’s intent to purchase Iranian drones raises eyebrows in the United States, where the White House National Security Council spokesperson, John Kirby, comments that the United States is wary of any Iranian technology exports that could potentially be destabilizing.',
      'Neighbors react: Argentine lawmaker Alberto Asseff expresses concerns about the potential “provision of weaponry”; Chilean parliamentarian Andrés Jouannet calls the situation “objectively concerning.”',
      'Assurances: Novillo states that his visit to Iran does not signify any threat; at a press conference in Tehran, Ashtiani says Iran is prepared to provide equipment for the Bolivian army to tackle drug trafficking and ensure border security, as reported by HispanTV.',
      'Still unknown: the scope, price and timeline of the agreement, kept confidential under a “confidentiality clause” in the two countries’ bilateral cooperation memorandum.',
    ],
  },
]

export const SITE_SETTINGS = {
  siteName: 'The Newsroom',
  tagline: 'Independent reporting from Latin America and beyond',
  // The scraped page's header printed "No menu items!".
  navigation: [],
}
