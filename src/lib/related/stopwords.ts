/**
 * Words that say nothing about a paper's subject: English function words plus the boilerplate of abstracts
 * ("we propose", "results show"). Very common subject words are pruned by document frequency instead.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after again against all almost along also although always am among an and another any are
  around as at be because been before being below between both but by can cannot could did do does doing done down
  during each either else even ever every few for from further had has have having he her here hers him his how however
  i if in into is it its itself just least less like made make makes many may me might more most much must my neither
  no nor not now of off often on once one only onto or other others our ours out over own per rather same several she
  should since so some such than that the their theirs them then there therefore these they this those though three
  through thus to too toward towards two under until up upon us very via was we well were what whatever when where
  whether which while who whom whose why will with within without would yet you your
  propose proposed proposes present presents presented introduce introduces introduced paper work approach method
  methods result results show shows shown demonstrate demonstrates achieve achieves achieved based using use used uses
  new novel existing prior recent recently state art sota significant significantly various different first second
  further furthermore moreover additionally particular specifically respectively e g i e et al etc`.split(/\s+/u),
);
