// The synonym table behind the bench's obfuscated reuse: groups of words a spinning tool or a
// rewriting journalist swaps for one another. Written by hand for the harness from common news
// words; every word in a group may replace any other in it. It was not tuned against the engine.

const GROUPS = `
said stated remarked | says states remarks | told informed | added noted | claimed alleged asserted
announced declared unveiled | revealed disclosed | warned cautioned | reported indicated
company firm business group | companies firms businesses groups | government administration
minister secretary | chief head boss leader | chairman chair | executive manager director
spokesman spokesperson representative | officials authorities | official authority
rose increased climbed grew jumped | fell dropped declined slipped decreased | rise increase climb jump
fall drop decline slide | growth expansion | profit earnings | profits earnings | sales revenues
shares stocks | market sector | markets sectors | economy economic-system | prices costs | price cost
deal agreement pact | deals agreements | plan scheme proposal | plans schemes proposals
big large major huge | bigger larger | biggest largest | small little minor | key main central
important significant crucial | new fresh novel | old former previous | early initial
recent latest | recently lately | last previous final | next following coming | first initial
expected anticipated forecast | likely probable | hope expect | hopes expects | want wish
wants wishes | need require | needs requires | think believe | thinks believes | help assist
helped assisted | make create produce | made created produced | use employ utilise
used employed utilised | start begin launch | started began launched | end finish conclude
ended finished concluded | continue carry-on | continued persisted | try attempt | tried attempted
show demonstrate | shows demonstrates | showed demonstrated | cut reduce trim | cuts reductions
job post position | jobs posts positions | workers employees staff | worker employee
customers clients consumers | customer client consumer | people individuals persons
children youngsters kids | country nation | countries nations | world globe | global worldwide
international overseas | national nationwide | public general | problem issue difficulty
problems issues difficulties | concern worry fear | concerns worries fears | risk danger
chance opportunity | change shift | changes shifts | rule regulation | rules regulations
law legislation | court tribunal | case lawsuit | police officers | attack assault | war conflict
game match fixture | games matches fixtures | win victory triumph | won secured clinched
lost conceded | team side squad | player athlete | players athletes | coach manager trainer
club outfit | season campaign | fans supporters | film movie | films movies | music songs
band group | album record | star celebrity | award prize honour | awards prizes honours
show programme | shows programmes | audience viewers | phone handset | phones handsets
mobile cellular | technology tech | users consumers | software programs | computer machine
computers machines | internet web net | online web-based | website site | service offering
services offerings | system network | home house | city metropolis | town community | area region
today now | time period | number figure amount | total overall | rate level
levels rates | fund pot | funds money | cash money | spending expenditure | budget finances
tax levy | taxes levies | debt borrowing | investors backers | analysts experts observers
report study | reports studies | figures statistics data | decision ruling | decided chose opted
move step measure | moves steps measures | strong robust solid | weak poor feeble
good fine positive | bad poor negative | better improved | worse poorer | best finest | worst poorest
hard difficult tough | easy simple straightforward | clear obvious plain | sure certain confident
quickly rapidly swiftly | fast quick rapid | slow sluggish | very extremely highly | many numerous
several various | much considerably | nearly almost | around about roughly approximately
however nevertheless | despite notwithstanding | because since | also additionally too
although though | buy purchase acquire | bought purchased acquired | sell offload | sold offloaded
pay spend | paid spent | offer provide supply | offered provided supplied | give grant
gave granted | take take-on | took accepted | keep retain | kept retained | allow permit
allowed permitted | stop halt block | stopped halted blocked | face confront | faced confronted
call urge | called urged | ask request | asked requested | seek pursue | sought pursued
build construct | built constructed | open launch | opened launched | close shut
closed shut-down | meet encounter | met encountered | lead head | led headed | run operate
ran operated | hit struck | damage harm | threat menace | threats menaces | support backing
backed supported | attempt bid effort | attempts bids efforts | talks negotiations | vote ballot
votes ballots | election poll | elections polls | party movement | campaign drive
leader chief | leaders chiefs | member participant | members participants | boost lift
boosted lifted | hit affected | struggle battle | struggling battling | record unprecedented
get obtain gain | got obtained gained | getting obtaining gaining | back behind | while whilst
way manner method | going heading | go head proceed | went headed proceeded | still nonetheless
work labour | working labouring | top leading | say state | part portion | role part function
play compete | playing competing | played competed | high elevated | see witness | seen witnessed
tv television | put place | come arrive | came arrived | long lengthy | right correct
including comprising | great excellent terrific | really truly genuinely | future prospects
know understand | information details | real genuine | found discovered | find discover
making creating | using employing | security safety | saying stating | lot great-deal
given handed | able capable | foreign overseas | times occasions | become turn-into | look glance
past previous | research study | earlier previously | less fewer | legal lawful | interest attention
due owing | current present | currently presently | further additional | control command
free gratis | local regional | ahead forward | financial fiscal | looking searching | thought reckoned
held hosted | return comeback | different distinct | full complete | access entry | always constantly
power strength | winning triumphant | personal private | meeting gathering | sale selling
point stage | include involve | low modest | share stake | taken seized | claims allegations
performance showing | enough sufficient | demand appetite | things matters | across throughout
released issued | done completed | means implies | term period | result outcome | possible feasible
available accessible | young youthful | hold maintain | investment stake | success achievement
wanted wished | beat defeated | known recognised | policy strategy | series run | council authority
action activity | line route | political governmental | injury knock | title crown | list roster
production output | forward onward | something anything | thing matter | life existence
`;

/** Each listed word with the other words of its group; hyphens in the table stand for spaces. */
export const SYNONYMS: ReadonlyMap<string, readonly string[]> = buildTable(GROUPS);

function buildTable(groups: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const group of groups.split(/[|\n]/)) {
    const words = group.trim().split(/\s+/).filter(Boolean);
    if (words.length < 2) continue;
    for (const word of words) {
      if (table.has(word)) continue; // the first group a word appears in wins
      table.set(
        word,
        words.filter((other) => other !== word).map((other) => other.replace(/-/g, ' ')),
      );
    }
  }
  return table;
}

// Kept apart from main/core/align/number-words.ts on purpose: the harness that perturbs text
// must not share code with the engine whose robustness it measures.
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** "two" → "2", "2" → "two" (0–20); null for anything else. */
export function swapNumber(word: string): string | null {
  const asWord = NUMBER_WORDS.indexOf(word.toLowerCase());
  if (asWord >= 2) return String(asWord); // "one" is as often a pronoun as a number
  if (/^\d{1,2}$/.test(word) && Number(word) >= 2 && Number(word) <= 20) {
    return NUMBER_WORDS[Number(word)] ?? null;
  }
  return null;
}
