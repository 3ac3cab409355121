package compare

// stem strips English inflections with step 1 and 5 of the Porter (1980)
// stemmer, so "negotiations" meets "negotiation" and "negotiated" meets
// "negotiate" and "negotiating" (all "negotiat"). The derivational steps 2-4
// are left out on purpose: they merge words a reader keeps apart ("relational"
// would become "relate", "general" would meet "generate"), and the lexicons
// list the derived forms they want. Words that are short or not plain ASCII
// letters (names such as "Zürich", numbers) are returned unchanged.
func stem(w string) string {
	if len(w) <= 2 || lexicalized[w] {
		return w
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return w
		}
	}
	s := porter{b: []byte(w)}
	s.step1a()
	s.step1b()
	s.step1c()
	s.step5()
	return string(s.b)
}

// lexicalized are "-ing" words that are words of their own, not forms of
// the verb: "willing" is not "will", "lasting" (peace) is not "last".
var lexicalized = map[string]bool{"willing": true, "unwilling": true, "lasting": true, "everlasting": true}

type porter struct{ b []byte }

// cons reports whether b[i] is a consonant; 'y' is one unless it follows a
// consonant.
func (p *porter) cons(i int) bool {
	switch p.b[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !p.cons(i-1)
	}
	return true
}

// measure counts the vowel-consonant sequences in b[:n].
func (p *porter) measure(n int) int {
	m, i := 0, 0
	for i < n && p.cons(i) {
		i++
	}
	for i < n {
		for i < n && !p.cons(i) {
			i++
		}
		if i >= n {
			break
		}
		for i < n && p.cons(i) {
			i++
		}
		m++
	}
	return m
}

func (p *porter) hasVowel(n int) bool {
	for i := 0; i < n; i++ {
		if !p.cons(i) {
			return true
		}
	}
	return false
}

func (p *porter) doubleCons(n int) bool {
	return n >= 2 && p.b[n-1] == p.b[n-2] && p.cons(n-1)
}

// cvc: b[:n] ends consonant-vowel-consonant and the last is not w, x or y.
func (p *porter) cvc(n int) bool {
	if n < 3 || !p.cons(n-1) || p.cons(n-2) || !p.cons(n-3) {
		return false
	}
	switch p.b[n-1] {
	case 'w', 'x', 'y':
		return false
	}
	return true
}

func (p *porter) ends(suf string) bool {
	return len(p.b) >= len(suf) && string(p.b[len(p.b)-len(suf):]) == suf
}

func (p *porter) setTo(suf, rep string) { p.b = append(p.b[:len(p.b)-len(suf)], rep...) }

func (p *porter) step1a() {
	switch {
	case p.ends("sses"):
		p.setTo("sses", "ss")
	case p.ends("ies"):
		p.setTo("ies", "i")
	case p.ends("ss"):
	case p.ends("s"):
		p.setTo("s", "")
	}
}

func (p *porter) step1b() {
	if p.ends("eed") {
		if p.measure(len(p.b)-3) > 0 {
			p.setTo("eed", "ee")
		}
		return
	}
	cut := ""
	switch {
	case p.ends("ed") && p.hasVowel(len(p.b)-2):
		cut = "ed"
	case p.ends("ing") && p.hasVowel(len(p.b)-3):
		cut = "ing"
	default:
		return
	}
	p.setTo(cut, "")
	n := len(p.b)
	switch {
	case p.ends("at"), p.ends("bl"), p.ends("iz"):
		p.b = append(p.b, 'e')
	case p.doubleCons(n) && p.b[n-1] != 'l' && p.b[n-1] != 's' && p.b[n-1] != 'z':
		p.b = p.b[:n-1]
	case p.measure(n) == 1 && p.cvc(n):
		p.b = append(p.b, 'e')
	}
}

func (p *porter) step1c() {
	if p.ends("y") && p.hasVowel(len(p.b)-1) {
		p.b[len(p.b)-1] = 'i'
	}
}

func (p *porter) step5() {
	n := len(p.b)
	// Porter also drops the "e" when the measure is 1 and the stem does
	// not end consonant-vowel-consonant; that turns "use" into "us", a
	// country in news text, so only the measure > 1 rule is kept.
	if p.b[n-1] == 'e' && p.measure(n-1) > 1 {
		p.b = p.b[:n-1]
	}
	n = len(p.b)
	if p.b[n-1] == 'l' && p.doubleCons(n) && p.measure(n) > 1 {
		p.b = p.b[:n-1]
	}
}
