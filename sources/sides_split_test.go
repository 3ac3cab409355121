package sources

import "testing"

// TestSideNotSplit: the ways one side's account of the call came apart
// into two or three accounts; each must stay one.
func TestSideNotSplit(t *testing.T) {
	kenyaChina := "Mwangi, China's Feng meet in Nairobi\n\nKenyan President Paul Mwangi and Chinese President Feng Weiming met on Friday.\n\n"
	tests := []struct {
		name, text string
		want       []accountWant
	}{
		{"a family name first met alone, then in full, is one person", kenyaChina +
			"Xinhua said Feng told Mwangi that the two countries should build more railways.\n\nMwangi said Kenya would buy more trains.\n\nFeng also told Mwangi that Chinese firms would invest in ports.",
			[]accountWant{{"should build more railways", "beijing"}, {"Chinese firms would invest in ports", "beijing"}}},
		{"a cause before the attribution is no venue", kenyaChina +
			"The Kenyan presidency said the talks were warm.\n\nIn response to the floods in Mombasa, Mwangi told Feng that aid was welcome.",
			[]accountWant{{"the talks were warm", "nairobi"}, {"aid was welcome", "nairobi"}}},
		{"a reaction before the attribution is no venue", kenyaChina +
			"The Kenyan presidency said the talks were warm.\n\nIn reaction to the attack in Garissa on Monday, Mwangi assured Feng that Kenya would protect Chinese workers.",
			[]accountWant{{"Kenya would protect Chinese workers", "nairobi"}}},
		{"a government body with its country's possessive is that government", kenyaChina +
			"Mwangi urged Feng to open more flights, Kenya's Communications Directorate said in a release.\n\nMwangi told Feng that tea exports should double.",
			[]accountWant{{"open more flights", "nairobi"}, {"tea exports should double", "nairobi"}}},
		{"a government body with its country's adjective is that government", kenyaChina +
			"The Chinese presidential administration said Feng praised the new port.\n\nFeng told Mwangi that loans would be eased.",
			[]accountWant{{"praised the new port", "beijing"}, {"loans would be eased", "beijing"}}},
		{"a person's words with no channel join their one named channel", "Kenya and Norway talk\n\nKenyan President Paul Mwangi spoke with Norwegian Prime Minister Lars Eide on Monday.\n\n" +
			"Speaking at a news conference in Oslo, trade envoy Ingrid Solberg said fish exports were discussed.\n\nMwangi said Kenya would buy more ships.\n\nSolberg said the leaders had spoken for an hour.",
			[]accountWant{{"the leaders had spoken for an hour", "solberg"}, {"fish exports were discussed", "solberg"}}},
		{"a person heard through two named channels keeps the words with none apart", "Kenya and Norway talk\n\nKenyan President Paul Mwangi spoke with Norwegian Prime Minister Lars Eide on Monday.\n\n" +
			"Speaking at a news conference in Oslo, trade envoy Ingrid Solberg said fish exports were discussed.\n\nSolberg told the BBC that salmon prices would fall.\n\nMwangi said Kenya would buy more ships.\n\nSolberg said the leaders had spoken for an hour.",
			[]accountWant{{"fish exports were discussed", "solberg"}, {"the leaders had spoken for an hour", "solberg-statement"}}},
		{"a person's post holds only what the article says it holds", "Kenya and Norway talk\n\nKenyan President Paul Mwangi spoke with Norwegian Prime Minister Lars Eide on Monday.\n\n" +
			"Trade envoy Ingrid Solberg wrote on X that fish exports were discussed.\n\nMwangi said Kenya would buy more ships.\n\nSolberg said the leaders had spoken for an hour.",
			[]accountWant{{"fish exports were discussed", "solberg"}, {"the leaders had spoken for an hour", "solberg-statement"}}},
		{"the reported meeting itself is no venue", "Mwangi meets Feng in Beijing\n\nKenyan President Paul Mwangi met Chinese President Feng Weiming in Beijing on Friday, Xinhua said.\n\n" +
			"Xinhua said Feng praised the railway.\n\nIn the meeting with Mwangi, Feng said loans would be eased.",
			[]accountWant{{"praised the railway", "beijing"}, {"loans would be eased", "beijing"}}},
		{"a place before the attribution is a venue", kenyaChina +
			"The Kenyan presidency said the talks were warm.\n\nAt a rally in Mombasa, Mwangi said the railway would reach Uganda.",
			[]accountWant{{"the railway would reach Uganda", "mwangi"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccounts(t, tt.text, tt.want)
		})
	}
}

// TestPartyOfKnownName: a weekday after a name ("with Starmer Tuesday")
// or a generational suffix ("Marcos Jr.") does not make another person of
// that family name, so the name stays the known leader's and his words
// his country's side; an official the article gives no country is of
// the side whose leader his words call by the bare office.
func TestPartyOfKnownName(t *testing.T) {
	tests := []struct{ name, text, statement, party string }{
		{"a weekday after the name", "Starmer and Carney talk\n\nCarney told reporters he had a good call with Starmer Tuesday.\n\nStarmer said the two countries would work together on steel.",
			"work together on steel", "GB"},
		{"an official who calls one side's leader by the bare office is of that side", "India and China talk\n\nIndian Prime Minister Arjun Mehra and Chinese President Feng Weiming met on Friday.\n\n" +
			"Xinhua said Feng urged closer trade ties.\n\nSpeaking to reporters, foreign secretary Ravi Menon said the prime minister had raised the border dispute.",
			"the prime minister had raised the border dispute", "IN"},
		{"an official who names both heads by office alone has no side", "Kenya and China talk\n\nKenyan President Paul Mwangi and Chinese President Feng Weiming met on Friday.\n\n" +
			"Xinhua said Feng urged closer trade ties.\n\nSpeaking to reporters, trade envoy Ravi Menon said the president had raised the port loans.",
			"the president had raised the port loans", "Ravi Menon"},
		{"a generational suffix after the family name", "Manila and Tokyo talk\n\nPresident Ferdinand “Bongbong” Marcos Jr. held a call with the Japanese prime minister on Monday.\n\nMarcos said rice imports from Japan would rise.",
			"rice imports from Japan would rise", "PH"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := runText(t, tt.text)
			checkInvariants(t, p.a, p.extraction)
			st, acc := statementWith(p.extraction, tt.statement)
			if st == nil || acc == nil || acc.Party != tt.party {
				t.Errorf("%q: want an account of party %s:%s", tt.statement, tt.party, dumpExtraction(p.extraction))
			}
		})
	}
}
