// Every lookup goes through `fold`, so "Andrés", "ANDRES" and "andres" are one word.

// The same few hundred words are folded thousands of times in a long story.
const folded = new Map<string, string>()
const MAX_FOLDED = 20_000

export function fold(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase()
  let form = folded.get(text)
  if (form === undefined) {
    if (folded.size >= MAX_FOLDED) folded.clear()
    form = text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase()
    folded.set(text, form)
  }
  return form
}

export const foldedWords = (text: string): string[] => fold(text).split(/\s+/)

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/))

export const SPEECH_VERBS = words(`
  said says say saying stated states commented comments mentioned mentions highlighted highlights
  added adds adding told tells noted notes explained explains warned warns argued argues wrote writes
  declared declares insisted insists emphasized emphasizes emphasised emphasises stressed stresses
  expressed expresses asked asks replied replies admitted admits acknowledged acknowledges claimed
  claims announced announces tweeted posted responded responds recalled recalls concluded concludes
  `)

export const ROLE_HEADS = words(`
  minister president vice-president senator deputy lawmaker legislator parliamentarian congressman
  congresswoman representative spokesperson spokesman spokeswoman governor ambassador envoy diplomat
  secretary chancellor mayor general commander admiral colonel lieutenant captain sergeant chief head
  director official adviser advisor leader chairman chairwoman chair premier king queen prince emir
  sheikh ayatollah judge prosecutor attorney analyst economist professor researcher candidate
  councillor councilor commissioner negotiator mediator ceo executive founder activist correspondent editor
  mp
  `)

// Lowercase words that may qualify a role ("former foreign minister"); capitalised ones always may.
export const ROLE_MODIFIERS = words(`
  foreign defense defence finance economy interior health education trade energy environment security
  justice prime vice former acting interim senior assistant central bank national federal state
  regional provincial opposition ruling party press military government ministry presidential top
  cabinet affairs intelligence police
  `)

// They can give a country ("his Iranian counterpart") but are no role.
export const RELATIONAL_NOUNS = words('counterpart colleague ally rival successor predecessor')

// "the country’s finance minister".
export const COUNTRY_BACK_REFERENCES = words('country nation')

// Role heads written capitalised are titles too.
export const TITLES = words('mr mrs ms dr prof sen rep gov gen col lt sgt capt adm sir dame lord lady don dona pope')

// "Ana Paula de Souza", "Ludwig van Beethoven", "Nasser bin Adel".
export const NAME_PARTICLES = words('de da do dos das del della di du van von der den ter la le bin ibn al el')

export const HYPHENATED_PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u

// Capitalised only at the start of a sentence, and dates: never part of a name.
export const NOT_NAME_WORDS = words(`
  the a an this that these those there here it its he she they we i you his her their our my your
  in on at for from with without by of to into onto after before during since until while when where
  whereas although though but and or nor so yet however meanwhile moreover furthermore additionally
  also still then now today yesterday tomorrow last next earlier later both all some many most several
  each every other another such as if because despite under over among between according notably
  instead thus hence indeed nevertheless nonetheless once even only just not no yes what which who whom
  whose why how like unlike amid against around about above below through toward towards via per
  beyond within across along behind besides near upon following regarding including asked
  officials authorities sources analysts critics experts diplomats residents witnesses protesters observers
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
  `)

export const ORGANISATION_WORDS = words(`
  forces army navy council ministry bank congress senate parliament party court office department
  agency union nations organization organisation commission committee assembly government republic
  kingdom federation association university institute company corporation group news press times post
  herald journal tribune gazette daily radio television tv channel network street avenue square palace
  summit conference treaty accord agreement plan program programme fund forum foundation center centre
  museum hospital school airport stadium bridge embassy consulate
  `)

// They make the name beside them a source, not a speaker: "as reported by HispanTV".
export const RELAYING_VERBS = words('reported reports quoted published')

// "in Buenos Aires", "at Casa Rosada": a place.
export const LOCATIVE_PREPOSITIONS = words('in at near across throughout outside inside')

export const DETERMINERS = words('the a an his her its their our')

// "Minister of Foreign Affairs", "Secretary for Trade".
export const ROLE_CONNECTORS = words('of for')

export const PERSONAL_PRONOUNS = words('he she')

export const ABBREVIATIONS = words(`
  mr mrs ms dr prof sen rep gov gen col lt sgt capt adm st jr sr inc corp co ltd no vs etc approx dept
  jan feb mar apr jun jul aug sep sept oct nov dec
  `)
