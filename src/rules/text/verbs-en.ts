// English words an action statement may start with. Kept as data so the list can grow without
// touching the rule. An English imperative is the bare verb, so one form per verb is enough;
// words that are mostly nouns in a value sentence ("service", "quality") are left out on purpose.

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Base forms of verbs, lower-case: the imperative of each. */
export const EN_VERBS: ReadonlySet<string> = words(`
  accept acknowledge acquire act adapt add address adjust admit adopt adore advance advise
  advocate agree aim align allow amaze analyse analyze answer anticipate apologise apologize
  appear apply appreciate approach approve arrange ask assess assist assume assure attempt
  attend attract avoid
  balance be bear become begin believe belong break bridge brief brighten bring budget build
  call calm capture care carry catch celebrate challenge champion change chat check cheer
  cherish choose cite claim clarify clean clear close coach collaborate collect combine come
  comfort commit communicate compare compete complete compliment comply conclude conduct confirm
  connect consider consolidate consult continue contribute control convince cooperate coordinate
  correct count cover craft create cultivate customise customize cut
  dare deal decide dedicate deepen defend define delight deliver demonstrate describe design
  detail detect develop devote diagnose differentiate dig discover discuss dispatch do document
  double dream drive
  earn ease educate elaborate elevate eliminate email embody embrace empathise empathize
  emphasise emphasize employ empower enable encourage end engage enhance enjoy enquire enrich
  ensure enter escalate establish evaluate evolve examine exceed exchange excite execute
  exemplify expand expect experiment explain explore express extend
  face facilitate fail fetch fight figure fill find finish fix focus follow foresee forget
  forgive forward foster free fuel fulfil fulfill
  gain gather get give go grant greet grow guarantee guess guide
  handle hang harness hear help highlight hire hold honor honour host hurry
  identify ignite imagine implement improve include increase inform initiate innovate inquire
  insist inspire integrate interpret introduce invent invest invite involve
  join judge
  keep know
  lead lean learn leave lend let lift lighten limit link listen live look love lower
  maintain make manage mean measure mediate meet mentor mind minimise minimize mirror model
  modify monitor motivate move
  name navigate negotiate notice notify nurture
  observe obsess obtain offer open operate optimise optimize organise organize outline
  outperform overcome overcommunicate overdeliver own
  participate partner pass pause pay perform persist personalise personalize phone pick picture
  plan plant play please polish practice practise praise predict prepare present preserve
  pretend prevent prioritise prioritize proceed promise promote proofread protect prove provide
  publish pursue push put
  qualify question
  raise rank reach react read realise realize reassess reassure rebuild recall receive recognise
  recognize recommend reconnect reconsider record redirect reduce refine reflect reframe refund
  refuse rehearse reimagine reinforce reinvent relate relax release relieve rely remain remember
  remind remove renew reorganise reorganize repair repeat rephrase replace reply report
  represent request require rescue research resist resolve respect respond rest restore retain
  rethink return reveal review revisit reward rewrite rise route run
  safeguard satisfy save say scale schedule search secure see seek sell send sense serve set
  settle shape share shine shorten show sign simplify sit slow smile smooth solve sort spark
  speak speed spend spot spread stand standardise standardize start stay steer step stick stop
  streamline strengthen stretch strive structure study succeed suggest summarise summarize
  summon supply support surprise sustain switch sympathise sympathize
  tackle tailor take talk teach tell tend test thank think thrive tidy trace track train
  transfer transform translate treat triage trust try tune turn
  unblock uncover underpromise understand unify unite unlock update uphold use utilise utilize
  validate value vary verify visit voice volunteer
  wait walk want warn watch weigh welcome win wish wonder work wow wrap write
  yield
  zoom
`);

/** Words before the verb that keep a sentence imperative ("Always listen first", "Don't guess"). */
export const EN_LEADING_ADVERBS: ReadonlySet<string> = words(`
  always never first just simply really truly genuinely proactively quickly gladly openly
  honestly kindly please then together actively carefully consistently personally patiently
  fully calmly clearly promptly immediately politely respectfully sincerely constantly
  continuously everywhere still also only don't dont
`);

/** Starts of I- and We-statements, apostrophes normalized to '. */
export const EN_SUBJECTS: ReadonlySet<string> = words(`
  i i'll i'm i've i'd we we'll we're we've we'd
`);
