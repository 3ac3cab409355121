package app

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"readouts/sources"
)

func TestQuickPairs(t *testing.T) {
	accs := func(ids ...string) []sources.Account {
		var out []sources.Account
		for _, id := range ids {
			out = append(out, sources.Account{ID: id})
		}
		return out
	}
	tests := []struct {
		ids  []string
		want []string
	}{
		{nil, nil},
		{[]string{"a"}, nil},
		{[]string{"a", "b"}, []string{"a,b"}},
		{[]string{"a", "b", "c", "d"}, []string{"a,b", "a,c", "b,c", "all"}},
	}
	for _, tc := range tests {
		var got []string
		for _, p := range QuickPairs(accs(tc.ids...)) {
			got = append(got, p.String())
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("QuickPairs(%v) = %v, want %v", tc.ids, got, tc.want)
		}
		for _, s := range got {
			if ParsePair(s).String() != s {
				t.Errorf("ParsePair(%q) does not round-trip", s)
			}
		}
	}
}

func TestResolvePair(t *testing.T) {
	x := &sources.Extraction{Accounts: []sources.Account{
		{ID: "trump", Speaker: "Donald Trump", Channel: "Truth Social post"},
		{ID: "kremlin", Speaker: "Vladimir Putin", Channel: "Kremlin readout"},
		{ID: "zelensky", Speaker: "Volodymyr Zelensky", Channel: "post on X"},
		{ID: "trump-2", Speaker: "Donald Trump", Channel: "Rose Garden remarks"},
		{ID: "vance", Speaker: "JD Vance", Channel: "remarks to reporters"},
	}}
	tests := []struct {
		spec        string
		left, right string
		all         bool
		errPart     string
	}{
		{spec: "all", all: true},
		{spec: "", all: true},
		{spec: "ALL", all: true},
		{spec: "trump,kremlin", left: "trump", right: "kremlin"},
		{spec: "zel,putin", left: "zelensky", right: "kremlin"},
		{spec: "Truth,rose", left: "trump", right: "trump-2"},
		{spec: "kremlin, zelensky", left: "kremlin", right: "zelensky"},
		{spec: "v,trump", errPart: "ambiguous"},
		{spec: "nobody,trump", errPart: "no account matches"},
		{spec: "trump,trump", errPart: "twice"},
		{spec: "trump", errPart: "want two"},
		{spec: "trump,kremlin,zelensky", errPart: "want two"},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			p, err := resolvePair(x, tt.spec)
			if tt.errPart != "" {
				var ue *usageError
				if err == nil || !errors.As(err, &ue) || !strings.Contains(err.Error(), tt.errPart) {
					t.Fatalf("err %v, want a usage error containing %q", err, tt.errPart)
				}
				if !strings.Contains(err.Error(), "vance (JD Vance") {
					t.Errorf("error does not list the accounts: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if want := (Pair{Left: tt.left, Right: tt.right, All: tt.all}); p != want {
				t.Errorf("got %+v, want %+v", p, want)
			}
		})
	}
}

func TestPickPair(t *testing.T) {
	accs := func(ids ...string) *Snapshot {
		x := &sources.Extraction{}
		for _, id := range ids {
			x.Accounts = append(x.Accounts, sources.Account{ID: id, Speaker: strings.ToUpper(id), Channel: "post"})
		}
		return newSnapshot(base{machine: x}, nil)
	}
	tests := []struct {
		name string
		snap *Snapshot
		spec string
		want Pair
	}{
		{"remembered pair", accs("a", "b", "c"), "c,a", Pair{Left: "c", Right: "a"}},
		{"all of three", accs("a", "b", "c"), "all", Pair{All: true}},
		{"all of two is the first pair", accs("a", "b"), "all", Pair{Left: "a", Right: "b"}},
		{"unknown account", accs("a", "b", "c"), "a,zz", Pair{Left: "a", Right: "b"}},
		{"no spec", accs("a", "b", "c"), "", Pair{Left: "a", Right: "b"}},
		{"one account", accs("a"), "a,b", Pair{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.snap.PickPair(tc.spec); got != tc.want {
				t.Errorf("PickPair(%q) = %+v, want %+v", tc.spec, got, tc.want)
			}
		})
	}
}
