// Function words carry no evidence that two sentences report the same thing. They still count
// for verbatim and spun (word order), never as features for finding or scoring candidates.
// English only: in other languages the most frequent words fall out through their low weight
// (inverse sentence frequency) and the cap on long posting lists.

const WORDS = `
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each either else even ever
few for from further had has have having he her here hers herself him himself his how however i
if in into is it its itself just least less let like may me might more most much must my myself
neither nor not now of off on once only or other others our ours ourselves out over own per
rather same she should since so some such than that the their theirs them themselves then there
these they this those though through thus to too toward towards under until up upon us very via
was we were what when where whether which while who whom whose why will with within without
would yet you your yours yourself yourselves
he's she's it's i'm i've i'd i'll we're we've we'd we'll you're you've you'd you'll they're
they've they'd they'll that's there's what's who's let's isn't aren't wasn't weren't hasn't
haven't hadn't doesn't don't didn't won't wouldn't can't cannot couldn't shouldn't mustn't
he'd he'll she'd she'll
mr mrs ms mx dr
said says say told according
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
