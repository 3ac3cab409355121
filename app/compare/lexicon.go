package compare

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Topic is one subject of diplomatic and conflict reporting ("talks",
// "ceasefire", "venue") with the words and phrases that speak to it.
type Topic struct {
	ID    string   `json:"id"`
	Label string   `json:"label"`
	Terms []string `json:"terms"`
	// General lists the topic's general words ("talks", "trade"): they put
	// a statement in the topic like its terms, but two statements that
	// share only general words do not make the same point. A term listed
	// in Terms names something specific ("memorandum", "tariffs"): two
	// statements that both use terms of the topic share that point.
	General []string `json:"general,omitempty"`
	// Formula lists words every account uses of everything ("cooperation",
	// "mutual respect"): they put a statement in the topic like general
	// words, but two statements that share them share nothing by them,
	// not even as each other's closest.
	Formula []string `json:"formula,omitempty"`
	// Broad marks a topic about the diplomacy itself rather than a subject
	// of it (talks, relations, contacts): two statements that both speak
	// to it may still be on different points. Two statements that use
	// specific terms of one subject topic (trade, sanctions) share a
	// subject, which weighs half as much as a thing both name.
	Broad bool `json:"broad,omitempty"`
	// Places makes a named place (from the cue file's gazetteer) count as
	// one more piece of evidence for this topic in a statement that
	// already has one: "hosted ... in Geneva" is about the venue, a bare
	// "Beijing" is not.
	Places bool `json:"places,omitempty"`
	// Durations makes a length of time ("about 40 minutes", "two
	// hours") one more term of this topic: how long the call lasted.
	Durations bool `json:"durations,omitempty"`
	// Actors makes the actors two sides name oppose each other in this
	// topic: where the topic is who is to blame, "Russia's aggression"
	// and "NATO's aggressive policy" are two versions. Elsewhere two
	// sides naming different countries only lowers the confidence.
	Actors bool `json:"actors,omitempty"`
	// Event marks a topic whose statements are about an event (the call,
	// a meeting): two statements of it that both name the event (the cue
	// file's events) speak of the same thing.
	Event bool `json:"event,omitempty"`
	// Attribute marks a topic about one attribute of the event itself:
	// how long it lasted, its tone, whether it made progress. Two
	// statements that both speak to it mainly answer one question, in
	// whatever words, and are linked when each is the other's closest.
	Attribute bool `json:"attribute,omitempty"`
	// Relationship marks the topic of the relationship between the sides
	// themselves ("relations", "ties", "partnership"). The relationship
	// between the two sides of the call is one thing, however each side
	// words it: what each account mainly says of it ("a true friend and
	// partner", "to strengthen our bilateral ties") is the same point.
	// A relationship with a third side is another thing.
	Relationship bool `json:"relationship,omitempty"`
	// Worldwide marks a subject that is the whole world's whatever words
	// name it (the climate, pandemics, terrorism): "global climate
	// change" and "climate change" are one thing, where "the global
	// economy" and "the economy" of two countries are two.
	Worldwide bool `json:"worldwide,omitempty"`
}

// Level is one step of the commitment scale, from the firmest ("agreed",
// "will begin immediately") to the weakest ("possible", "future").
type Level struct {
	Name  string   `json:"name"`
	Terms []string `json:"terms"`
}

// Pole is one end of a stance axis: "immediate" against "future".
type Pole struct {
	Name  string   `json:"name"`
	Terms []string `json:"terms"`
	// Clash marks a pole two sides can share and still oppose each other:
	// both setting conditions, or both making demands, on nothing they
	// have in common are competing terms, not one shared position.
	Clash bool `json:"clash,omitempty"`
	// Plain lists terms of a clash pole that take the pole without
	// clashing: a plain "if" or "in the event of" states a consequence
	// ("we will respond if ..."), not terms set to the other side, so two
	// sides that both use only such terms tell one threat.
	Plain []string `json:"plain,omitempty"`
	// Conditional marks the pole of setting conditions: a commitment made
	// on a condition ("will respond if ...") is not measured on the
	// commitment scale against another conditional one.
	Conditional bool `json:"conditional,omitempty"`
	// Aimed marks a pole whose words are aimed at someone ("concern
	// about", "protests against"): two sides there that aim them at
	// different actors tell the point with opposite blame.
	Aimed bool `json:"aimed,omitempty"`
	// Reassures marks a pole of reassurance ("is and will remain"): a
	// side there answers a side that only stresses the thing ("stressed
	// democracy"), an admonition, and the two diverge.
	Reassures bool `json:"reassures,omitempty"`
}

// Axis is a stance dimension with two opposite poles. When one side of a
// row sits only at one pole and the other side only at the other, the row
// diverges (Strong) or is flagged with lower confidence (not Strong).
type Axis struct {
	ID     string `json:"id"`
	Strong bool   `json:"strong"`
	Poles  []Pole `json:"poles"`
	// Topic names the topic the axis is a question of, if any: two
	// statements at its opposite poles, one of them on that topic, answer
	// one question ("no progress" and "open to more talks"), and are
	// linked when each is the other's closest.
	Topic string `json:"topic,omitempty"`
	// Object marks an axis whose poles are stances toward a thing
	// ("opposition to the plan", "support for the plan"): opposite poles
	// conflict only when the words after them name one thing.
	Object bool `json:"object,omitempty"`
	// topic is the index of Topic, -1 for none.
	topic int
}

// lexiconFile is the shape of topics.json, cues.json and the user's files
// that extend them; one file may hold any of the fields.
type lexiconFile struct {
	Schema    string   `json:"schema"`
	About     string   `json:"about"`
	Topics    []Topic  `json:"topics"`
	Stopwords []string `json:"stopwords"`
	Negators  []string `json:"negators"`
	Axes      []Axis   `json:"axes"`
	Places    []string `json:"places"`
	Actors    []string `json:"actors"`
	Numbers   []string `json:"numbers"`
	Dates     []string `json:"dates"`
	// Reach lists the words after which a negator covers its whole
	// clause: "no talk at any level of a trade deal", "will never accept
	// mediation" deny the deal and the mediation, not only the next word.
	Reach []string `json:"reach"`
	// Blame lists the words of accusation ("accused", "blamed"): an
	// account that blames someone on a topic the other tells without blame
	// gives another version of it.
	Blame []string `json:"blame"`
	// Warnings lists the words of a warning to the other side ("warned
	// against", "playing with fire"): an account that warns on a point
	// the other tells without a warning gives another version of it.
	Warnings []string `json:"warnings"`
	// Partners lists the words before a country or institution that name
	// it as someone's partner ("military cooperation with Iran", "talks
	// between Armenia and Azerbaijan"): two statements that name one
	// country, one as a partner and one otherwise ("the Iranian nuclear
	// programme"), do not make one point by it alone.
	Partners []string `json:"partners"`
	// Concerns lists the words of a concern about a danger ("warned of
	// the risk"): a warning term they start with is no warning to the
	// other side.
	Concerns []string `json:"concerns"`
	// OtherSenses lists phrases in which a cue's word has another sense
	// ("create the conditions for talks", "favourable conditions": the
	// circumstances, not terms set to the other side; "spoke on condition
	// of anonymity"): a pole, commitment, blame, warning or rebuttal term
	// that lies inside one is not read.
	OtherSenses []string `json:"otherSenses"`
	// Rebuttals lists the words of rejecting the other side's claims
	// ("baseless", "denied the allegations"): an account that rebuts on a
	// point gives another version of it.
	Rebuttals []string `json:"rebuttals"`
	// Noncommittal lists the words of an answer that commits to nothing
	// ("took note of the request", "will study the proposal"): an account
	// that answers so on a point the other states gives another version.
	Noncommittal []string `json:"noncommittal"`
	// Events lists events a statement can name, one per entry with its
	// forms: "call|phone call|conversation".
	Events []string `json:"events"`
	// Commitment is the scale of commitment, firmest first. Two sides of
	// one point two or more steps apart diverge.
	Commitment []Level `json:"commitment"`
	// Titles are capitalised words that are not names ("President",
	// "Ministry"): they never make two statements name the same thing.
	Titles []string `json:"titles"`
	// Reporting lists the verbs that follow who speaks ("Wen said",
	// "Harlan told"): a name that speaks is a voice of the call, its
	// frame, not a thing two statements share.
	Reporting []string `json:"reporting"`
	// Light lists verbs whose object names what is done ("hold talks",
	// "start negotiations"): what "will hold talks" commits to is the
	// talks (the commitment scale compares one action).
	Light []string `json:"light"`
	// Agents lists words for who acts ("the sides", "the delegations"):
	// they say who commits, not to what.
	Agents []string `json:"agents"`
	// Generic lists the nouns that stand for whatever was said ("the
	// issue", "the question", "such a topic"): denied, they name no thing
	// of their own ("the issue was not raised").
	Generic []string `json:"generic"`
	// Synonyms lists words news reports use for one another, one class
	// per entry: "halt|pause|suspend". Every form of a class is read as
	// its first, in the statements and in the lexicon's own phrases, so
	// "pause strikes" finds "halt attacks" and two statements that say
	// "facilities" and "infrastructure" use the same word.
	Synonyms []string `json:"synonyms"`
}

// Lexicon is the parsed topic and cue data the engine works from. It is
// read-only after ParseLexicon and safe for concurrent use.
type Lexicon struct {
	Topics     []Topic
	Axes       []Axis
	Commitment []Level

	stop    map[string]bool // normalised words
	numbers map[string]bool // normalised number words
	titles  map[string]bool // normalised title words
	// reporting holds the stems of the reporting verbs.
	reporting map[string]bool
	// light and agents hold the stems of the light verbs and the words
	// for who acts (lexiconFile.Light, lexiconFile.Agents).
	light, agents map[string]bool
	// generic holds the stems of the generic nouns (lexiconFile.Generic).
	generic map[string]bool
	// synonym maps the stem of each form of a synonym class (but the
	// first) to the stem of the first.
	synonym map[string]string
	// actorOfPlace maps the group of a place that is also written as a
	// form of an actor ("China", "Moscow") to that actor's group.
	actorOfPlace map[int]int
	// phrases indexed by the stem of their first word, longest first.
	index map[string][]*phrase
	// longest is the number of words of the longest phrase.
	longest int
}

// phraseKind tells what a lexicon phrase is evidence of.
type phraseKind uint8

const (
	kindTopic phraseKind = iota
	kindPole
	kindNegator
	kindPlace
	kindActor
	kindDate
	kindReach
	kindBlame
	kindWarning
	kindRebuttal
	kindNoncommittal
	kindConcern
	kindOtherSense
	kindPartner
	kindEvent
	kindLevel
)

// phrase is one compiled lexicon entry.
type phrase struct {
	stems []string
	caps  []bool // words written in capitals in the lexicon match only capitals
	kind  phraseKind
	ref   int // topic index, axis*2+pole for kindPole, step for kindLevel
	text  string
	// general marks a general word of a topic (Topic.General).
	general bool
	// group numbers the lexicon term the phrase came from: the forms of
	// one term ("negotiation|negotiate") are one piece of evidence.
	group int
	// plain marks a plain term of a clash pole (Pole.Plain).
	plain bool
	// formula marks a formula of a topic (Topic.Formula).
	formula bool
	// open marks a phrase with a word left open (anyWord).
	open bool
}

// ParseLexicon reads the topic and cue files and any number of user files
// that extend them (same JSON shape: topics with a known id gain terms, new
// ids are added after the built-in ones; cue lists are appended, axes with a
// known id gain terms per pole name).
func ParseLexicon(topics, cues []byte, extra ...[]byte) (*Lexicon, error) {
	var all lexiconFile
	files := append([][]byte{topics, cues}, extra...)
	for i, data := range files {
		name := fileName(i)
		var f lexiconFile
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&f); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if err := f.check(); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if err := all.merge(&f); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	if len(all.Topics) == 0 {
		return nil, fmt.Errorf("topics file: no topics")
	}
	if len(all.Negators) == 0 || len(all.Axes) == 0 {
		return nil, fmt.Errorf("cues file: needs negators and axes")
	}
	topicIDs := map[string]bool{}
	for _, t := range all.Topics {
		topicIDs[t.ID] = true
	}
	for _, a := range all.Axes {
		// Checked after merging: a user file may extend one pole only.
		if len(a.Poles) != 2 {
			return nil, fmt.Errorf("axis %q has %d poles, want 2", a.ID, len(a.Poles))
		}
		if a.Topic != "" && !topicIDs[a.Topic] {
			return nil, fmt.Errorf("axis %q: no topic %q", a.ID, a.Topic)
		}
	}
	return compile(&all), nil
}

func fileName(i int) string {
	switch i {
	case 0:
		return "topics file"
	case 1:
		return "cues file"
	}
	return fmt.Sprintf("lexicon file %d", i-1)
}

// check reports the first structural problem of one file, naming it.
func (f *lexiconFile) check() error {
	ids := map[string]bool{}
	for i, t := range f.Topics {
		if strings.TrimSpace(t.ID) == "" {
			return fmt.Errorf("topic %d has no id", i+1)
		}
		if ids[t.ID] {
			return fmt.Errorf("topic %q is listed twice", t.ID)
		}
		ids[t.ID] = true
		if t.ID == otherTopic {
			return fmt.Errorf("topic id %q is reserved for statements without a topic", otherTopic)
		}
		if err := checkTerms(t.Terms, "topic "+t.ID); err != nil {
			return err
		}
		if err := checkTerms(t.General, "topic "+t.ID+" general"); err != nil {
			return err
		}
		if err := checkTerms(t.Formula, "topic "+t.ID+" formula"); err != nil {
			return err
		}
	}
	for i, lv := range f.Commitment {
		if strings.TrimSpace(lv.Name) == "" {
			return fmt.Errorf("commitment level %d has no name", i+1)
		}
		if err := checkTerms(lv.Terms, "commitment level "+lv.Name); err != nil {
			return err
		}
	}
	for i, a := range f.Axes {
		if strings.TrimSpace(a.ID) == "" {
			return fmt.Errorf("axis %d has no id", i+1)
		}
		for _, p := range a.Poles {
			if strings.TrimSpace(p.Name) == "" {
				return fmt.Errorf("axis %q has a pole without a name", a.ID)
			}
			if err := checkTerms(p.Terms, "axis "+a.ID+" pole "+p.Name); err != nil {
				return err
			}
			if err := checkTerms(p.Plain, "axis "+a.ID+" pole "+p.Name+" plain"); err != nil {
				return err
			}
		}
	}
	lists := []struct {
		name  string
		terms []string
	}{{"stopwords", f.Stopwords}, {"negators", f.Negators}, {"places", f.Places},
		{"actors", f.Actors}, {"numbers", f.Numbers}, {"dates", f.Dates}, {"reach", f.Reach}, {"blame", f.Blame}, {"warnings", f.Warnings}, {"rebuttals", f.Rebuttals}, {"noncommittal", f.Noncommittal}, {"concerns", f.Concerns}, {"otherSenses", f.OtherSenses}, {"partners", f.Partners},
		{"events", f.Events}, {"titles", f.Titles}, {"reporting", f.Reporting}, {"synonyms", f.Synonyms},
		{"light", f.Light}, {"agents", f.Agents}, {"generic", f.Generic}}
	for _, l := range lists {
		if err := checkTerms(l.terms, l.name); err != nil {
			return err
		}
	}
	for i, class := range f.Synonyms {
		for _, form := range strings.Split(class, "|") {
			if words, _ := phraseWords(form); len(words) != 1 {
				return fmt.Errorf("synonyms: class %d (%q): %q is not one word", i+1, class, form)
			}
		}
	}
	return nil
}

func checkTerms(terms []string, where string) error {
	for i, t := range terms {
		for _, form := range strings.Split(t, "|") {
			words, _ := phraseWords(form)
			if len(words) == 0 || words[0] == anyWord {
				return fmt.Errorf("%s: term %d (%q) has a form with no words", where, i+1, t)
			}
		}
	}
	return nil
}

// anyWord in a lexicon phrase stands for any one word: "had a * call"
// finds "had a brief call" and "had a secure call".
const anyWord = "*"

// phraseWords splits a lexicon form into normalised words, anyWord kept,
// and tells which words are written in capitals.
func phraseWords(form string) (words []string, caps []bool) {
	for _, part := range strings.Fields(form) {
		if part == anyWord {
			words, caps = append(words, anyWord), append(caps, false)
			continue
		}
		scanWords(part, func(a, b int) {
			words = append(words, normWord(part[a:b]))
			caps = append(caps, isUpper(part[a:b]))
		})
	}
	return words, caps
}

// merge adds f to l: known topics and axes gain terms, new ones are added.
func (l *lexiconFile) merge(f *lexiconFile) error {
	for _, t := range f.Topics {
		found := false
		for i := range l.Topics {
			if l.Topics[i].ID == t.ID {
				l.Topics[i].Terms = append(l.Topics[i].Terms, t.Terms...)
				l.Topics[i].General = append(l.Topics[i].General, t.General...)
				l.Topics[i].Formula = append(l.Topics[i].Formula, t.Formula...)
				l.Topics[i].Event = l.Topics[i].Event || t.Event
				l.Topics[i].Broad = l.Topics[i].Broad || t.Broad
				l.Topics[i].Attribute = l.Topics[i].Attribute || t.Attribute
				l.Topics[i].Relationship = l.Topics[i].Relationship || t.Relationship
				if t.Label != "" {
					l.Topics[i].Label = t.Label
				}
				l.Topics[i].Places = l.Topics[i].Places || t.Places
				l.Topics[i].Durations = l.Topics[i].Durations || t.Durations
				l.Topics[i].Actors = l.Topics[i].Actors || t.Actors
				l.Topics[i].Worldwide = l.Topics[i].Worldwide || t.Worldwide
				found = true
			}
		}
		if !found {
			if t.Label == "" {
				t.Label = t.ID
			}
			l.Topics = append(l.Topics, t)
		}
	}
	for _, a := range f.Axes {
		found := false
		for i := range l.Axes {
			if l.Axes[i].ID != a.ID {
				continue
			}
			found = true
			for _, p := range a.Poles {
				known := false
				for j := range l.Axes[i].Poles {
					if l.Axes[i].Poles[j].Name == p.Name {
						l.Axes[i].Poles[j].Terms = append(l.Axes[i].Poles[j].Terms, p.Terms...)
						l.Axes[i].Poles[j].Plain = append(l.Axes[i].Poles[j].Plain, p.Plain...)
						known = true
					}
				}
				if !known {
					return fmt.Errorf("axis %q has no pole %q to extend", a.ID, p.Name)
				}
			}
		}
		if !found {
			l.Axes = append(l.Axes, a)
		}
	}
	for _, a := range f.Axes {
		for i := range l.Axes {
			if l.Axes[i].ID == a.ID && a.Topic != "" {
				l.Axes[i].Topic = a.Topic
			}
		}
	}
	if err := l.mergeLevels(f.Commitment); err != nil {
		return err
	}
	l.Stopwords = append(l.Stopwords, f.Stopwords...)
	l.Negators = append(l.Negators, f.Negators...)
	l.Places = append(l.Places, f.Places...)
	l.Actors = append(l.Actors, f.Actors...)
	l.Numbers = append(l.Numbers, f.Numbers...)
	l.Dates = append(l.Dates, f.Dates...)
	l.Reach = append(l.Reach, f.Reach...)
	l.Blame = append(l.Blame, f.Blame...)
	l.Warnings = append(l.Warnings, f.Warnings...)
	l.Rebuttals = append(l.Rebuttals, f.Rebuttals...)
	l.Noncommittal = append(l.Noncommittal, f.Noncommittal...)
	l.Concerns = append(l.Concerns, f.Concerns...)
	l.OtherSenses = append(l.OtherSenses, f.OtherSenses...)
	l.Partners = append(l.Partners, f.Partners...)
	l.Events = append(l.Events, f.Events...)
	l.Titles = append(l.Titles, f.Titles...)
	l.Synonyms = append(l.Synonyms, f.Synonyms...)
	l.Reporting = append(l.Reporting, f.Reporting...)
	l.Light = append(l.Light, f.Light...)
	l.Agents = append(l.Agents, f.Agents...)
	l.Generic = append(l.Generic, f.Generic...)
	return nil
}

// mergeLevels adds the commitment levels of a file: the first file that
// has any sets the scale; later ones extend its levels by name, so a
// user's file cannot reorder the scale.
func (l *lexiconFile) mergeLevels(levels []Level) error {
	if len(l.Commitment) == 0 {
		l.Commitment = append(l.Commitment, levels...)
		return nil
	}
	for _, lv := range levels {
		known := false
		for i := range l.Commitment {
			if l.Commitment[i].Name == lv.Name {
				l.Commitment[i].Terms = append(l.Commitment[i].Terms, lv.Terms...)
				known = true
			}
		}
		if !known {
			return fmt.Errorf("commitment scale has no level %q to extend", lv.Name)
		}
	}
	return nil
}

// compile turns the merged files into the phrase index.
func compile(f *lexiconFile) *Lexicon {
	lex := &Lexicon{
		Topics:     f.Topics,
		Axes:       f.Axes,
		Commitment: f.Commitment,
		stop:       map[string]bool{},
		numbers:    map[string]bool{},
		titles:     map[string]bool{},
		reporting:  map[string]bool{},
		light:      map[string]bool{},
		agents:     map[string]bool{},
		generic:    map[string]bool{},
		synonym:    map[string]string{},
		index:      map[string][]*phrase{},
	}
	st := stemmer{}
	for _, class := range f.Synonyms {
		var first string
		for k, form := range strings.Split(class, "|") {
			words, _ := phraseWords(form)
			if len(words) != 1 {
				continue // checked: a class holds single words
			}
			stem := st.stem(words[0])
			if k == 0 {
				first = stem
			} else if _, taken := lex.synonym[stem]; !taken && stem != first {
				lex.synonym[stem] = first
			}
		}
	}
	seen := map[string]bool{}
	group := 0
	// addTerm adds the forms of one term as phrases like like.
	addTerm := func(term string, like phrase) {
		kind, ref := like.kind, like.ref
		group++
		for _, text := range strings.Split(term, "|") {
			words, caps := phraseWords(text)
			if len(words) == 0 {
				continue
			}
			stems := make([]string, len(words))
			for i, w := range words {
				stems[i] = w
				if w != anyWord {
					stems[i] = lex.canonical(st.stem(w))
				}
			}
			key := fmt.Sprint(kind, ref, stems)
			if seen[key] {
				continue
			}
			seen[key] = true
			lex.longest = max(lex.longest, len(stems))
			ph := like
			ph.stems, ph.caps, ph.text, ph.group = stems, caps, text, group
			ph.open = slices.Contains(stems, anyWord)
			lex.index[stems[0]] = append(lex.index[stems[0]], &ph)
		}
	}
	add := func(term string, kind phraseKind, ref int) { addTerm(term, phrase{kind: kind, ref: ref}) }
	for _, w := range f.Stopwords {
		lex.stop[normWord(w)] = true
	}
	for _, w := range f.Numbers {
		lex.numbers[normWord(w)] = true
	}
	for _, w := range f.Titles {
		lex.titles[normWord(w)] = true
	}
	for _, words := range []struct {
		terms []string
		into  map[string]bool
	}{{f.Reporting, lex.reporting}, {f.Light, lex.light}, {f.Agents, lex.agents}, {f.Generic, lex.generic}} {
		for _, term := range words.terms {
			for _, form := range strings.Split(term, "|") {
				words.into[lex.canonical(st.stem(normWord(form)))] = true
			}
		}
	}
	for i, t := range f.Topics {
		for _, term := range t.Terms {
			add(term, kindTopic, i)
		}
		for _, term := range t.General {
			addTerm(term, phrase{kind: kindTopic, ref: i, general: true})
		}
		for _, term := range t.Formula {
			addTerm(term, phrase{kind: kindTopic, ref: i, general: true, formula: true})
		}
	}
	for i, lv := range f.Commitment {
		for _, term := range lv.Terms {
			add(term, kindLevel, i)
		}
	}
	for _, t := range f.Events {
		add(t, kindEvent, 0)
	}
	for i, a := range f.Axes {
		lex.Axes[i].topic = -1
		for t := range f.Topics {
			if f.Topics[t].ID == a.Topic {
				lex.Axes[i].topic = t
			}
		}
		for j, p := range a.Poles {
			for _, term := range p.Terms {
				add(term, kindPole, i*2+j)
			}
			for _, term := range p.Plain {
				addTerm(term, phrase{kind: kindPole, ref: i*2 + j, plain: true})
			}
		}
	}
	// The word lists that are one kind of phrase each.
	for _, l := range []struct {
		terms []string
		kind  phraseKind
	}{
		{f.Negators, kindNegator},
		{f.Places, kindPlace},
		{f.Actors, kindActor},
		{f.Dates, kindDate},
		{f.Reach, kindReach},
		{f.Blame, kindBlame},
		{f.Warnings, kindWarning},
		{f.Rebuttals, kindRebuttal},
		{f.Noncommittal, kindNoncommittal},
		{f.Concerns, kindConcern},
		{f.OtherSenses, kindOtherSense},
		{f.Partners, kindPartner},
	} {
		for _, t := range l.terms {
			add(t, l.kind, 0)
		}
	}
	lex.actorOfPlace = placeActors(lex.index)
	for _, list := range lex.index {
		// Longest phrases first, so "peace talks" wins over "talks"; then
		// by text for a deterministic order.
		sort.SliceStable(list, func(i, j int) bool {
			if len(list[i].stems) != len(list[j].stems) {
				return len(list[i].stems) > len(list[j].stems)
			}
			return list[i].text < list[j].text
		})
	}
	return lex
}

// placeActors maps each place group that has a form an actor has too to
// that actor's group: "Moscow" is a place and names Russia.
func placeActors(index map[string][]*phrase) map[int]int {
	out := map[int]int{}
	for _, list := range index {
		for _, p := range list {
			if p.kind != kindPlace {
				continue
			}
			for _, a := range list {
				if a.kind == kindActor && slices.Equal(a.stems, p.stems) {
					out[p.group] = a.group
				}
			}
		}
	}
	return out
}

// canonical is the stem a stem is read as: the first form's of its
// synonym class, or itself.
func (l *Lexicon) canonical(stem string) string {
	if c, ok := l.synonym[stem]; ok {
		return c
	}
	return stem
}

// topicIndex returns the index of the topic with the given id, or -1.
func (l *Lexicon) topicIndex(id string) int {
	for i, t := range l.Topics {
		if t.ID == id {
			return i
		}
	}
	return -1
}

// Label returns the readable label of a topic id ("other" for statements
// without a topic).
func (l *Lexicon) Label(id string) string {
	if i := l.topicIndex(id); i >= 0 {
		return l.Topics[i].Label
	}
	return id
}
