package recognition

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Thailand's 2020 lists of work closed to foreigners were read in news
// reports and, for the work closed outright, in the government portal's
// statement of them, not in the notification: the conditional rules are
// unverified, and the answers quote the notes saying so.
const (
	thBricklayerNote = "read in The Thaiger (6 Jul 2023, after KhaoSod English): skilled or semi-skilled occupations in which foreigners can work only if employed by an employer, eight in all: agriculture, masonry/carpentry/construction, mattress making, knife making, shoe making, hat making, dress making, and pottery or ceramic ware making; KhaoSod English's category 3 begins the same list. Whether the notification adds conditions beyond employment was not read. The notification's own text (the Department of Employment's English translation, source th-doe-prohibited-occupations-2020, and the Royal Gazette's Thai text, th-royal-gazette-prohibited-2020) was not reached on 2026-12-01, so the record stays unverified. ISCO mapping of 'masonry/construction' to bricklayers is ours"
	thEngineerNote   = "read in KhaoSod English (5 Jul 2023), whose category 2, 'Occupations Allowed for Foreigners as per Agreements with Specific Countries', has three professions: accountant, engineer, architect ('subject to the provisions of Thai laws'), and in The Thaiger (6 Jul 2023, after KhaoSod English), which gives the same three as open under agreements between Thailand and certain countries. Neither names the ASEAN MRAs; the example is ours. The notification's own text (the Department of Employment's English translation, source th-doe-prohibited-occupations-2020, and the Royal Gazette's Thai text, th-royal-gazette-prohibited-2020) was not reached on 2026-12-01, so the record stays unverified. The reports name 'the profession of engineer' (KhaoSod English) or 'engineering' (The Thaiger); mapping to this ISCO unit group is ours"
)

// The answers to the questions the API exists for, on the real seed.
func TestPaths(t *testing.T) {
	s := store(t)
	// engineering is the one engineering-MRA route into country, through
	// every engineering occupation the Indonesian professional engineer
	// qualifies for, then the lines in tail.
	engineering := func(country string, tail ...string) []string {
		out := []string{"CONDITIONAL arrangement:asean-mra-engineering"}
		for _, occ := range []string{"2141", "2142", "2144", "2145", "2151", "2152"} {
			out = append(out, "QUALIFIES_FOR qualification:id-professional-engineer -> occupation:"+occ,
				"COVERS arrangement:asean-mra-engineering -> occupation:"+occ+" (backward)")
		}
		out = append(out, "PARTY arrangement:asean-mra-engineering -> country:"+country,
			"RECOGNISES arrangement:asean-mra-engineering -> qualification:asean-acpe")
		return append(out, tail...)
	}
	tourismVia := []string{
		"RECOGNISES arrangement:asean-mra-tourism -> qualification:asean-tourism-professional",
		"RECOGNISES arrangement:asean-mra-tourism -> qualification:catc-advanced-diploma",
		"RECOGNISES arrangement:asean-mra-tourism -> qualification:catc-certificate-ii",
		"RECOGNISES arrangement:asean-mra-tourism -> qualification:catc-certificate-iii",
		"RECOGNISES arrangement:asean-mra-tourism -> qualification:catc-certificate-iv",
		"RECOGNISES arrangement:asean-mra-tourism -> qualification:catc-diploma",
	}
	cat := func(parts ...[]string) []string {
		var out []string
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}

	tests := []struct {
		name    string
		q       Query
		outcome model.RecognitionOutcome
		paths   [][]string
		// summaries, conditions: exact, for the paths listed (by index).
		summaries  map[int]string
		conditions map[int][]string
		// prospects: the PROSPECT paths, as paths are given.
		prospects [][]string
		// reason holds every one of these.
		reason []string
		check  func(t *testing.T, res *model.RecognitionResult)
	}{
		{
			name:    "Philippine registered nurse to Singapore",
			q:       Query{From: "PH", To: "SG", Subject: "qualification:ph-prc-registered-nurse"},
			outcome: model.RecognitionOutcomeRoutesFound,
			paths: [][]string{{
				"CONDITIONAL arrangement:asean-mra-nursing",
				"RECOGNISES arrangement:asean-mra-nursing -> qualification:ph-prc-registered-nurse (backward)",
				"COVERS arrangement:asean-mra-nursing -> occupation:2221",
				"PARTY arrangement:asean-mra-nursing -> country:SG",
				"ADMINISTERED_BY arrangement:asean-mra-nursing -> authority:snb",
				"RESTRICTS country:SG -> occupation:2221",
			}},
			summaries: map[int]string{0: "Under the ASEAN Mutual Recognition Arrangement on Nursing Services (in force), to which Philippines " +
				"and Singapore are both parties and which names Registered Nurse (licence of the Professional Regulation Commission, " +
				"Philippines) for Nursing professionals (ISCO-08 2221): eligibility to apply to the host regulator for registration in " +
				"Singapore, on 7 conditions; the destination's authorities decide, and this is not a right to work there."},
			conditions: map[int][]string{0: {
				"Holds a nursing qualification recognised by the nursing regulatory authority (NRA) of the home country [unverified: the MRA's text (Article III) not read; its stored copies are readable only to the preamble]",
				"Holds a valid, current registration and/or licence as a nurse in the home country",
				"At least three consecutive (uninterrupted) years of practice as a nurse before applying",
				"Has complied with the home NRA's continuing professional development requirements [unverified: the MRA's text not seen]",
				"No pending investigation or proceeding by the home NRA for violation of technical, professional or ethical standards [unverified: the MRA's text not seen]",
				"Must apply for registration or licensing with the host country's NRA and meet its domestic rules (which may include a licensure examination, language and other requirements); recognition is not automatic",
				// Singapore's own licensing (restrictions.licensing.json): a
				// condition of the route, never a block.
				"Singapore requires its own registration or licence for the regulated work of Nursing professionals (ISCO-08 2221) (LICENCE_REQUIRED, since 2000); " +
					"recognition on this route is not that licence: at most it makes the person eligible to apply for it there. The rule: Under the Nurses and " +
					"Midwives Act 1999, a person may practise nursing in Singapore only when registered or enrolled with the Singapore Nursing Board and holding " +
					"a valid practising certificate; practising without one is an offence (section 26(1)).",
			}},
			reason: []string{
				"No standards route: no competency standard certified by Registered Nurse (licence of the Professional Regulation Commission, Philippines) is loaded.",
				"No framework route: no level of Singapore's WSQ is referenced to the AQRF in our data (WSQ referencing to the AQRF: UNKNOWN — Sources conflict",
			},
			check: func(t *testing.T, res *model.RecognitionResult) {
				p := res.Paths[0]
				if p.Yields != model.RouteYieldRegistrationEligibility || len(p.DecidedBy) != 1 || p.DecidedBy[0].ID != "authority:snb" {
					t.Errorf("yields %s, decided by %v; want REGISTRATION_ELIGIBILITY, the SNB", p.Yields, p.DecidedBy)
				}
				if want := "The host regulator decides (The host country's nursing regulatory authority decides, under its domestic rules, whether a registered or licensed nurse " +
					"from another member state is registered or licensed to practise there): in Singapore, Singapore Nursing Board (SNB) (the profession's regulator there; " +
					"its designation under the arrangement is not in our data). The ASEAN Mutual Recognition " +
					"Arrangement on Nursing Services facilitates; it does not decide."; p.Decision != want {
					t.Errorf("decision = %q, want %q", p.Decision, want)
				}
				step := res.Paths[0].Steps[3]
				// SNB's role under the MRA was not seen in a source: the step
				// names it as the profession's regulator, and says so.
				if want := "In Singapore the profession the ASEAN Mutual Recognition Arrangement on Nursing Services covers is regulated by Singapore Nursing Board (SNB), which decides there; that it is the body designated under the arrangement is not in our data."; step.Explanation != want {
					t.Errorf("host regulator step = %q, want %q", step.Explanation, want)
				}
			},
		},
		{
			name:    "Cambodian bricklayer to Thailand: a pilot, a prospect and no route",
			q:       Query{From: "KH", To: "TH", Subject: "qualification:kh-mlvt-bricklaying-certificate"},
			outcome: model.RecognitionOutcomeNotCovered,
			paths:   [][]string{},
			prospects: [][]string{{
				"PROSPECT arrangement:kh-th-mrs-bricklaying-plastering",
				"RECOGNISES arrangement:kh-th-mrs-bricklaying-plastering -> qualification:kh-mlvt-bricklaying-certificate (backward)",
				"COVERS arrangement:kh-th-mrs-bricklaying-plastering -> occupation:7112",
				"PARTY arrangement:kh-th-mrs-bricklaying-plastering -> country:TH",
				"RESTRICTS country:TH -> occupation:7112",
			}},
			reason: []string{
				"No arrangement route in force: the Cambodia–Thailand mutual recognition of skills: bricklaying and plastering (pilot) is not in force (listed apart, under prospects).",
				"No standards route: Cambodian national competency standard: bricklaying and plastering (MLVT) is not aligned to a regional benchmark in our data.",
				"No framework route: no framework level is loaded for Cambodian national skills certificate in bricklaying (MLVT).",
			},
			check: func(t *testing.T, res *model.RecognitionResult) {
				p := res.Prospects[0]
				want := "A prospect only: the Cambodia–Thailand mutual recognition of skills: bricklaying and plastering (pilot), between " +
					"Cambodia and Thailand, is a pilot, not a recognition instrument in force. It names Cambodian national " +
					"skills certificate in bricklaying (MLVT) for Bricklayers and related workers (ISCO-08 7112), and once in force would " +
					"give comparability only in Thailand. It rests on a step our data holds unverified (see its steps)."
				if p.Summary != want {
					t.Errorf("prospect summary:\n   got %q\n  want %q", p.Summary, want)
				}
				if want := []string{
					"Applies to holders of Cambodian skills certification in bricklaying or plastering; the pilot works towards recognising it as comparable with Thai certification (for pay and conditions reflecting skill); a pilot is not recognition, and grants no right to work",
					"Thailand's rule on Bricklayers and related workers (ISCO-08 7112) (EMPLOYER_REQUIRED, since 2020): Masonry, carpentry and construction work (List 3): a foreigner may do this skilled or semi-skilled work only when employed by an employer. " +
						"Our source for this rule is unverified (" + thBricklayerNote + ").",
				}; diffLines(p.Conditions, want) != "" {
					t.Errorf("prospect conditions: %s", diffLines(p.Conditions, want))
				}
				rs := p.Restrictions
				if len(rs) != 1 || rs[0].Rule != model.RestrictionRuleEmployerRequired || rs[0].Occupation.ID != "occupation:7112" || rs[0].Country.ID != "country:TH" {
					t.Errorf("restrictions = %+v, want Thailand's EMPLOYER_REQUIRED rule on 7112", rs)
				}
			},
		},
		{
			name:    "TESDA NC II cookery to Malaysia",
			q:       Query{From: "PH", To: "MY", Subject: "qualification:ph-tesda-nc2-cookery"},
			outcome: model.RecognitionOutcomeRoutesFound,
			paths: [][]string{
				cat([]string{
					"CONDITIONAL arrangement:asean-mra-tourism",
					"QUALIFIES_FOR qualification:ph-tesda-nc2-cookery -> occupation:5120",
					"COVERS arrangement:asean-mra-tourism -> occupation:5120 (backward)",
					"PARTY arrangement:asean-mra-tourism -> country:MY",
				}, tourismVia, []string{"ADMINISTERED_BY arrangement:asean-mra-tourism -> authority:motac-my"}),
				{
					"COMPARABLE -",
					"AT_LEVEL qualification:ph-tesda-nc2-cookery -> level:PQF:2",
					"REFERENCED_TO level:PQF:2 -> level:AQRF:2",
					"REFERENCED_TO level:MQF:2 -> level:AQRF:2 (backward)",
				},
				{
					"COMPARABLE -",
					"AT_LEVEL qualification:ph-tesda-nc2-cookery -> level:PQF:2",
					"REFERENCED_TO level:PQF:2 -> level:AQRF:2",
					"REFERENCED_TO level:MQF:2 -> level:AQRF:2 (backward)",
					"REFERENCED_TO level:MSCS:2 -> level:MQF:2 (backward)",
					"AT_LEVEL qualification:my-skm2-food-preparation-production -> level:MSCS:2 (backward)",
					"QUALIFIES_FOR qualification:my-skm2-food-preparation-production -> occupation:5120",
				},
			},
			summaries: map[int]string{
				1: "National Certificate II in Cookery (TESDA), at PQF level 2 (NC II; Senior High School Diploma), is comparable to MQF level 2 (Skills Certificate (level 2)) " +
					"of Malaysia through AQRF level 2 (no fit recorded: the referencing reports' level tables were not read); comparability is not recognition: for recognition in Malaysia, " +
					"see the route through the ASEAN Mutual Recognition Arrangement on Tourism Professionals.",
				2: "National Certificate II in Cookery (TESDA), at PQF level 2 (NC II; Senior High School Diploma), is comparable to MSCS level 2 (SKM 2) of Malaysia through " +
					"AQRF level 2 (fits as our data records them, not checked against the referencing report: not recorded, not recorded, exact); Sijil Kemahiran Malaysia (SKM) Level 2: Food Preparation and Production is at " +
					"that level for the same occupation; comparability is not recognition: for recognition in Malaysia, see the route through the ASEAN Mutual " +
					"Recognition Arrangement on Tourism Professionals.",
			},
			reason: []string{"No standards route: Training Regulations: Cookery NC II is not aligned to a regional benchmark in our data."},
			check: func(t *testing.T, res *model.RecognitionResult) {
				if got, want := res.Paths[1].Steps[2].Explanation, "MQF level 2 (Skills Certificate (level 2)), of Malaysia, is referenced to AQRF level 2 (fit not recorded, 2019)."; got != want {
					t.Errorf("down step = %q, want %q", got, want)
				}
				for _, p := range res.Paths[1:] {
					if p.Instrument != nil || len(p.Conditions) != 0 {
						t.Errorf("a comparability route has instrument %v, conditions %q; want none", p.Instrument, p.Conditions)
					}
				}
			},
		},
		{
			name:    "Indonesian professional engineer to Malaysia",
			q:       Query{From: "ID", To: "MY", Subject: "qualification:id-professional-engineer"},
			outcome: model.RecognitionOutcomeRoutesFound,
			paths:   [][]string{engineering("MY", "ADMINISTERED_BY arrangement:asean-mra-engineering -> authority:bem")},
			summaries: map[int]string{0: "Under the ASEAN Mutual Recognition Arrangement on Engineering Services (in force), to which " +
				"Indonesia and Malaysia are both parties and which covers Industrial and production engineers (ISCO-08 2141), Civil engineers " +
				"(ISCO-08 2142), Mechanical engineers (ISCO-08 2144), Chemical engineers (ISCO-08 2145), Electrical engineers (ISCO-08 2151) " +
				"and Electronics engineers (ISCO-08 2152), for which Insinyur Profesional (professional engineer; Surat Tanda Registrasi " +
				"Insinyur, STRI) qualifies, via the regional certificate ASEAN Chartered Professional Engineer (ACPE): eligibility to apply " +
				"to the host regulator for registration in Malaysia, on 6 conditions; the destination's authorities decide, and this is " +
				"not a right to work there."},
			reason: []string{
				"No standards route: no competency standard certified by Insinyur Profesional (professional engineer; Surat Tanda Registrasi Insinyur, STRI) is loaded.",
				"No framework route: no framework level is loaded for Insinyur Profesional (professional engineer; Surat Tanda Registrasi Insinyur, STRI).",
			},
		},
		{
			name:    "Indonesian professional engineer to Thailand, open to foreigners only under an agreement",
			q:       Query{From: "ID", To: "TH", Subject: "qualification:id-professional-engineer", First: 1},
			outcome: model.RecognitionOutcomeRoutesFound,
			paths: [][]string{engineering("TH",
				"ADMINISTERED_BY arrangement:asean-mra-engineering -> authority:coe-th",
				"RESTRICTS country:TH -> occupation:2141", "RESTRICTS country:TH -> occupation:2142", "RESTRICTS country:TH -> occupation:2144",
				"RESTRICTS country:TH -> occupation:2145", "RESTRICTS country:TH -> occupation:2151", "RESTRICTS country:TH -> occupation:2152",
			)},
			check: func(t *testing.T, res *model.RecognitionResult) {
				conds := res.Paths[0].Conditions
				want := "Thailand opens Industrial and production engineers (ISCO-08 2141), Civil engineers (ISCO-08 2142), Mechanical engineers " +
					"(ISCO-08 2144), Chemical engineers (ISCO-08 2145), Electrical engineers (ISCO-08 2151) and Electronics engineers " +
					"(ISCO-08 2152) to foreigners only under an agreement binding it " +
					"(AGREEMENT_ONLY, since 2020); on this route the ASEAN Mutual Recognition Arrangement on Engineering Services is the agreement that could meet it; whether it does, the rule as our sources report it does not say. " +
					"The rule: The engineering profession is open to foreigners only under agreements or obligations binding Thailand (List 2), " +
					"e.g. the ASEAN MRA on Engineering Services, and subject to Thai law. Our source for this rule is unverified (" + thEngineerNote + ")."
				if len(conds) != 7 || conds[6] != want {
					t.Errorf("conditions = %q,\nwant the arrangement's 6 and then %q", conds, want)
				}
				if res.Paths[0].Blocked {
					t.Error("blocked, want open under the agreement")
				}
				if d := res.Paths[0].Decision; !strings.HasPrefix(d, "The host regulator decides (") ||
					!strings.HasSuffix(d, "): in Thailand, Council of Engineers Thailand (สภาวิศวกร) (COE). "+
						"The ASEAN Mutual Recognition Arrangement on Engineering Services facilitates; it does not decide.") {
					t.Errorf("decision = %q", d)
				}
			},
		},
		{
			name:    "masonry to Myanmar, whose framework is not referenced",
			q:       Query{From: "PH", To: "MM", Subject: "qualification:ph-tesda-nc2-masonry"},
			outcome: model.RecognitionOutcomeNotCovered,
			paths:   [][]string{},
			reason: []string{
				"No arrangement route: none of the 11 arrangements in our data to which both Philippines and Myanmar are parties covers Bricklayers and related workers (ISCO-08 7112) and Plasterers (ISCO-08 7123) or recognises National Certificate II in Masonry (TESDA).",
				"No framework route: no level of Myanmar's MNQF and NSSA is referenced to the AQRF in our data (MNQF referencing to the AQRF: UNKNOWN — " +
					"In October 2021 the AQRF Committee Chair named Myanmar among the members 'who will be referencing in the near future'; " +
					"Myanmar is not named among those that had completed by October 2025, and no referencing report or later activity was found, " +
					"so whether referencing has started is not known; NSSA: no referencing to the AQRF recorded).",
			},
		},
		{
			name:    "cook to Myanmar: an arrangement, but no framework route",
			q:       Query{From: "PH", To: "MM", Subject: "qualification:ph-tesda-nc2-cookery"},
			outcome: model.RecognitionOutcomeRoutesFound,
			paths: [][]string{cat([]string{
				"CONDITIONAL arrangement:asean-mra-tourism",
				"QUALIFIES_FOR qualification:ph-tesda-nc2-cookery -> occupation:5120",
				"COVERS arrangement:asean-mra-tourism -> occupation:5120 (backward)",
				"PARTY arrangement:asean-mra-tourism -> country:MM",
			}, tourismVia, []string{"ADMINISTERED_BY arrangement:asean-mra-tourism -> authority:moht-mm"})},
			reason: []string{"No framework route: no level of Myanmar's MNQF and NSSA is referenced to the AQRF in our data (MNQF referencing to the AQRF: UNKNOWN"},
		},
		{
			name:    "tour guide to Thailand, reserved for Thai nationals",
			q:       Query{From: "PH", To: "TH", Subject: "occupation:5113"},
			outcome: model.RecognitionOutcomeAllBlocked,
			// No arrangement covers travel guides: the tourism MRA's job
			// titles were not read to include one, so our data does not map
			// it to 5113. The TNQF's levels are referenced to the AQRF (an
			// assumed, unverified one-to-one mapping): a comparability route
			// through them, blocked by Thailand's reservation, and saying so.
			paths: [][]string{
				{
					"COMPARABLE - blocked",
					"QUALIFIES_FOR qualification:ph-tesda-nc2-local-guiding-services -> occupation:5113 (backward)",
					"AT_LEVEL qualification:ph-tesda-nc2-local-guiding-services -> level:PQF:2",
					"REFERENCED_TO level:PQF:2 -> level:AQRF:2",
					"REFERENCED_TO level:TNQF:2 -> level:AQRF:2 (backward)",
					"RESTRICTS country:TH -> occupation:5113",
				},
			},
			summaries: map[int]string{
				0: "Blocked in Thailand, which reserves Travel guides (ISCO-08 5113) for its nationals (rule since 2020): Local Guiding " +
					"Services NC II (TESDA), a qualification of Philippines for Travel guides (ISCO-08 5113) at PQF level 2 (NC II; Senior High School Diploma), is " +
					"comparable to TNQF level 2 (Upper secondary education) of Thailand through AQRF level 2 (no fit recorded: the referencing reports' level tables were not read); " +
					"comparability is not recognition: our data names no instrument that grants recognition of it in Thailand.",
			},
			conditions: map[int][]string{
				0: {
					"Thailand reserves Travel guides (ISCO-08 5113) for its nationals (RESERVED_FOR_NATIONALS, since 2020): Tour guiding and tour work are closed to foreigners in every area by the Ministry of Labour's 2020 notification on work foreigners may not do (its first list, 'Category 1' in KhaoSod English's account). This route does not open that job there.",
				},
			},
			reason: []string{
				"No arrangement route: none of the 11 arrangements in our data to which both Philippines and Thailand are parties covers Travel guides (ISCO-08 5113).",
				"No standards route: Training Regulations: Local Guiding Services NC II is not aligned to a regional benchmark in our data.",
				"Every route found is blocked: Thailand reserves Travel guides (ISCO-08 5113) for its nationals (rule since 2020: Tour guiding and tour work are closed to foreigners in every area by the Ministry of Labour's 2020 notification on work foreigners may not do (its first list, 'Category 1' in KhaoSod English's account)).",
			},
			check: func(t *testing.T, res *model.RecognitionResult) {
				if r := *res.Reason; strings.Contains(r, "No framework route") {
					t.Errorf("reason = %q; want no \"No framework route\": the TNQF is referenced", r)
				}
				for i, p := range res.Paths {
					rs := p.Restrictions
					if len(rs) != 1 || rs[0].Rule != model.RestrictionRuleReservedForNationals || len(rs[0].SourceIDs) == 0 {
						t.Fatalf("path %d restrictions = %+v, want Thailand's sourced reservation of 5113", i, rs)
					}
					// The notification itself was not read: the rule cites the
					// government's statement of it first, then the news reports.
					if got := strings.Join(rs[0].SourceIDs, " "); got != "source:th-govportal-list1-jp source:khaosod-2023-40-occupations source:thaiger-2023-40-occupations" {
						t.Errorf("path %d: reservation cites %s, want the government portal's page, then the two reports", i, got)
					}
				}
				// The Thai reference is assumed, not read in the report: the
				// step says it is unverified, and cites the report.
				down := res.Paths[0].Steps[3]
				if down.Confidence != model.ConfidenceUnverified ||
					down.Explanation != "TNQF level 2 (Upper secondary education), of Thailand, is referenced to AQRF level 2 (fit not recorded)." ||
					strings.Join(down.SourceIDs, " ") != "source:th-aqrf-referencing-report source:laodong-aqrf-2025" {
					t.Errorf("down step = %s %q %v; want UNVERIFIED, the TNQF 2 reference, citing the Thai report", down.Confidence, down.Explanation, down.SourceIDs)
				}
				if p := res.Paths[0]; p.Instrument != nil || p.Yields != model.RouteYieldComparability {
					t.Errorf("comparability route: instrument %v, yields %s; want none, COMPARABILITY", p.Instrument, p.Yields)
				}
			},
		},
		{
			name:    "MRA-TP certificate to Thailand: every job it covers, none reserved",
			q:       Query{From: "VN", To: "TH", Subject: "qualification:asean-tourism-professional"},
			outcome: model.RecognitionOutcomeRoutesFound,
			check: func(t *testing.T, res *model.RecognitionResult) {
				if len(res.Paths) != 1 {
					t.Fatalf("%d paths, want the tourism MRA's one:\n%s", len(res.Paths), dump(res))
				}
				p := res.Paths[0]
				var got []string
				for _, o := range p.Occupations {
					got = append(got, fmt.Sprintf("%s blocked=%v", o.Occupation.IscoCode, o.Blocked))
				}
				want := []string{"3434 blocked=false", "4221 blocked=false", "4224 blocked=false", "5120 blocked=false",
					"5131 blocked=false", "5132 blocked=false", "5151 blocked=false", "9112 blocked=false"}
				if d := diffLines(got, want); d != "" {
					t.Errorf("occupations: %s", d)
				}
				if p.Blocked || strings.Contains(p.Summary, "reserve") {
					t.Errorf("blocked %v, summary %q; want open, naming no reserved job", p.Blocked, p.Summary)
				}
				if d := diffLines(pathLines(p)[:2], []string{"CONDITIONAL arrangement:asean-mra-tourism",
					"RECOGNISES arrangement:asean-mra-tourism -> qualification:asean-tourism-professional (backward)"}); d != "" {
					t.Errorf("path: %s", d)
				}
			},
			reason: []string{"No standards route: no standard of Thailand in our data for the same occupation is aligned to ASEAN Common Competency Standards for Tourism Professionals."},
		},
		{
			name:    "Viet Nam tourism certificate to Indonesia, aligned through the ACCSTP",
			q:       Query{From: "VN", To: "ID", Subject: "qualification:vn-vtcb-vtos-certificate"},
			outcome: model.RecognitionOutcomeRoutesFound,
			check: func(t *testing.T, res *model.RecognitionResult) {
				var aligned [][]string
				for _, p := range res.Paths {
					if p.Strength == model.RecognitionStrengthAligned {
						aligned = append(aligned, pathLines(p))
					}
				}
				if len(aligned) == 0 {
					t.Fatalf("no ALIGNED path in\n%s", dump(res))
				}
				want := []string{
					"ALIGNED -",
					"CERTIFIES qualification:vn-vtcb-vtos-certificate -> standard:vn-vtos-2013-food-beverage-service",
					"ALIGNED_TO standard:vn-vtos-2013-food-beverage-service -> standard:accstp",
					"ALIGNED_TO standard:id-kemenpar-okupasi-tata-boga-2015 -> standard:accstp (backward)",
				}
				if d := diffLines(aligned[0], want); d != "" {
					t.Errorf("first ALIGNED path: %s", d)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Paths(context.Background(), s, tt.q)
			if err != nil {
				t.Fatalf("Paths(%+v): %v", tt.q, err)
			}
			if res.Outcome != tt.outcome {
				t.Errorf("outcome = %s, want %s", res.Outcome, tt.outcome)
			}
			if tt.paths != nil {
				if len(res.Paths) != len(tt.paths) {
					t.Errorf("%d paths, want %d:\n%s", len(res.Paths), len(tt.paths), dump(res))
				}
				for i := 0; i < len(res.Paths) && i < len(tt.paths); i++ {
					if d := diffLines(pathLines(res.Paths[i]), tt.paths[i]); d != "" {
						t.Errorf("path %d: %s", i, d)
					}
				}
			}
			if tt.prospects != nil {
				if len(res.Prospects) != len(tt.prospects) {
					t.Errorf("%d prospects, want %d", len(res.Prospects), len(tt.prospects))
				}
				for i := 0; i < len(res.Prospects) && i < len(tt.prospects); i++ {
					if d := diffLines(pathLines(res.Prospects[i]), tt.prospects[i]); d != "" {
						t.Errorf("prospect %d: %s", i, d)
					}
				}
			}
			for i, want := range tt.summaries {
				if i < len(res.Paths) && res.Paths[i].Summary != want {
					t.Errorf("path %d summary:\n   got %q\n  want %q", i, res.Paths[i].Summary, want)
				}
			}
			for i, want := range tt.conditions {
				if i < len(res.Paths) {
					if d := diffLines(res.Paths[i].Conditions, want); d != "" {
						t.Errorf("path %d conditions: %s", i, d)
					}
				}
			}
			reason := ""
			if res.Reason != nil {
				reason = *res.Reason
			}
			for _, want := range tt.reason {
				if !strings.Contains(reason, want) {
					t.Errorf("reason = %q,\nwant it to say %q", reason, want)
				}
			}
			if tt.check != nil && !t.Failed() {
				tt.check(t, res)
			}
		})
	}
}

// A route reached through two AQRF levels, a standard aligned directly to a
// destination standard, and a reservation that blocks only some of the
// occupations: cases the seed does not hold, added to it.
func TestPathsAugmented(t *testing.T) {
	t.Run("a level referenced to two AQRF levels gives routes through each", func(t *testing.T) {
		s := augmented(t, nil, model.Edge{Type: model.RelReferencedTo, From: "level:PQF:4", To: "level:AQRF:5", Props: map[string]any{"fit": "partial"}})
		res, err := Paths(context.Background(), s, Query{From: "PH", To: "MY", Subject: "qualification:ph-tesda-nc4"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range res.Paths {
			got = append(got, strings.Join(pathLines(p), " | "))
		}
		want := []string{
			"COMPARABLE - | AT_LEVEL qualification:ph-tesda-nc4 -> level:PQF:4 | REFERENCED_TO level:PQF:4 -> level:AQRF:4 | REFERENCED_TO level:MQF:4 -> level:AQRF:4 (backward)",
			"COMPARABLE - | AT_LEVEL qualification:ph-tesda-nc4 -> level:PQF:4 | REFERENCED_TO level:PQF:4 -> level:AQRF:5 | REFERENCED_TO level:MQF:5 -> level:AQRF:5 (backward)",
			"COMPARABLE - | AT_LEVEL qualification:ph-tesda-nc4 -> level:PQF:4 | REFERENCED_TO level:PQF:4 -> level:AQRF:4 | REFERENCED_TO level:MQF:4 -> level:AQRF:4 (backward) | REFERENCED_TO level:MSCS:4 -> level:MQF:4 (backward)",
			"COMPARABLE - | AT_LEVEL qualification:ph-tesda-nc4 -> level:PQF:4 | REFERENCED_TO level:PQF:4 -> level:AQRF:5 | REFERENCED_TO level:MQF:5 -> level:AQRF:5 (backward) | REFERENCED_TO level:MSCS:5 -> level:MQF:5 (backward)",
		} // by destination level
		if d := diffLines(got, want); d != "" {
			t.Errorf("paths: %s", d)
		}
		if len(res.Paths) == 4 && !strings.Contains(res.Paths[1].Summary, "(fits as our data records them, not checked against the referencing report: partial, not recorded)") {
			t.Errorf("summary %q does not give the partial fit", res.Paths[1].Summary)
		}
		if res.Reason == nil || !strings.Contains(*res.Reason, "No arrangement route: no occupation is loaded for National Certificate IV (NC IV)") {
			t.Errorf("reason = %v, want it to say no occupation is loaded", res.Reason)
		}
	})
	t.Run("a standard aligned directly to a destination standard", func(t *testing.T) {
		s := augmented(t, nil, model.Edge{Type: model.RelAlignedTo, From: "standard:kh-ncs-bricklaying-plastering", To: "standard:th-dsd-nss-bricklayer"})
		res, err := Paths(context.Background(), s, Query{From: "KH", To: "TH", Subject: "qualification:kh-mlvt-bricklaying-certificate"})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Paths) != 1 || len(res.Prospects) != 1 {
			t.Fatalf("%d paths and %d prospects, want an ALIGNED path and the pilot MRS as a prospect:\n%s", len(res.Paths), len(res.Prospects), dump(res))
		}
		want := []string{
			"ALIGNED -",
			"CERTIFIES qualification:kh-mlvt-bricklaying-certificate -> standard:kh-ncs-bricklaying-plastering",
			"ALIGNED_TO standard:kh-ncs-bricklaying-plastering -> standard:th-dsd-nss-bricklayer",
			"CERTIFIES qualification:th-dsd-skill-certificate-bricklayer -> standard:th-dsd-nss-bricklayer (backward)",
			"RESTRICTS country:TH -> occupation:7112",
		}
		if d := diffLines(pathLines(res.Paths[0]), want); d != "" {
			t.Errorf("ALIGNED path: %s", d)
		}
		wantSummary := "Cambodian national competency standard: bricklaying and plastering (MLVT) (certified by Cambodian national skills " +
			"certificate in bricklaying (MLVT)) is aligned directly to Thai national skill standard: bricklaying (DSD) (Thailand): " +
			"recognition in Thailand is by assessment or recognition of prior learning against Thai national skill standard: bricklaying " +
			"(DSD) (certified there by Thai national skill standard certificate: bricklaying (DSD)), not automatic. " +
			"It rests on a step our data holds unverified (see its steps)." // the alignment added here is unverified
		if got := res.Paths[0].Summary; got != wantSummary {
			t.Errorf("summary:\n   got %q\n  want %q", got, wantSummary)
		}
	})
}

// timorLeste returns the seed with a PQF 8 qualification for cooks,
// certifying a standard aligned to the ACCSTP, and Timor-Leste's SNQTL
// given a test reference at AQRF level 1 only (the seed has none), no
// standard aligned to the ACCSTP, and a bilateral arrangement with the Philippines, without
// conditions, covering the occupation covers.
func timorLeste(t *testing.T, covers string) *memstore.Store {
	return timorLesteWith(t, covers, "IN_FORCE", nil)
}

// timorLesteWith is timorLeste with the arrangement at lifecycle, and
// more nodes and edges.
func timorLesteWith(t *testing.T, covers, lifecycle string, more []*model.Record, edges ...model.Edge) *memstore.Store {
	return augmented(t,
		append([]*model.Record{
			testNode("qualification:test-ph-pqf8-cook", model.KindQualification, map[string]any{"title": "Test doctorate in cookery", "country": "PH", "level": "level:PQF:8"}),
			testNode("standard:test-ph-cookery", model.KindStandard, map[string]any{"title": "Test cookery standard", "kind": "NATIONAL", "country": "PH"}),
			testNode("arrangement:test-ph-tl", model.KindArrangement, map[string]any{"title": "Test PH–TL arrangement", "type": "MRS", "approaches": []string{"ASSESSMENT_RPL"}, "grantsRecognition": true, "lifecycle": lifecycle, "yields": "SKILLS_CERTIFICATE", "conditions": []string{}}),
		}, more...),
		append([]model.Edge{
			{Type: model.RelAtLevel, From: "qualification:test-ph-pqf8-cook", To: "level:PQF:8"},
			{Type: model.RelQualifiesFor, From: "qualification:test-ph-pqf8-cook", To: "occupation:5120"},
			{Type: model.RelCertifies, From: "qualification:test-ph-pqf8-cook", To: "standard:test-ph-cookery"},
			{Type: model.RelAlignedTo, From: "standard:test-ph-cookery", To: "standard:accstp"},
			{Type: model.RelReferencedTo, From: "level:SNQTL:1", To: "level:AQRF:1", Props: map[string]any{"fit": "exact"}},
			{Type: model.RelParty, From: "arrangement:test-ph-tl", To: "country:PH"},
			{Type: model.RelParty, From: "arrangement:test-ph-tl", To: "country:TL"},
			{Type: model.RelCovers, From: "arrangement:test-ph-tl", To: covers},
		}, edges...)...,
	)
}

// A destination standard aligned to the benchmark of the standard held may
// exist and not be loaded: within ASEAN, no such standard in our data is a
// gap (DESTINATION_NOT_ALIGNED), so with every other kind of route judged
// none the answer is NOT_COVERED, not NO_ROUTE.
func TestPathsNotAlignedInASEANIsAGap(t *testing.T) {
	s := timorLeste(t, "occupation:7112")
	res, gaps, err := paths(context.Background(), s, Query{From: "PH", To: "TL", Subject: "qualification:test-ph-pqf8-cook"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != model.RecognitionOutcomeNotCovered || len(res.Paths) != 0 || !slices.Equal(gaps, []Gap{GapDestinationNotAligned}) {
		t.Fatalf("outcome %s with %d paths, gaps %v; want NOT_COVERED, none, [%s]:\n%s", res.Outcome, len(res.Paths), gaps, GapDestinationNotAligned, dump(res))
	}
	want := "No arrangement route: the one arrangement in our data to which both Philippines and Timor-Leste are parties, the Test PH–TL arrangement, " +
		"does not cover Cooks (ISCO-08 5120) or recognise Test doctorate in cookery. No standards route: no standard of Timor-Leste in our data for the same occupation is aligned to ASEAN Common " +
		"Competency Standards for Tourism Professionals. No framework route: Timor-Leste's SNQTL is referenced to the AQRF, but in our data no " +
		"level of it is referenced to AQRF level 8."
	if res.Reason == nil || *res.Reason != want {
		t.Errorf("reason = %q,\nwant %q", deref(res.Reason), want)
	}
}

// When every kind of route is judged and none is found, the answer is
// NO_ROUTE, not NOT_COVERED: an Indonesian cook asking about Japan. The one
// arrangement of the pair that names cooks recognises no skills; Japan is
// outside ASEAN, so no standard of its is aligned to the ASEAN common
// tourism standards and no framework route reaches it through the AQRF.
func TestPathsNoRoute(t *testing.T) {
	res, gaps, err := paths(context.Background(), store(t), Query{From: "ID", To: "JP", Subject: "occupation:5120"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != model.RecognitionOutcomeNoRoute || len(res.Paths) != 0 || len(gaps) != 0 {
		t.Fatalf("outcome %s with %d paths, gaps %v; want NO_ROUTE, none, none:\n%s", res.Outcome, len(res.Paths), gaps, dump(res))
	}
	// The two share two arrangements (the SSW memorandum and the JIEPA):
	// the count is of both, not of the one that names cooks.
	want := "No arrangement route: of the 2 arrangements in our data to which both Indonesia and Japan are parties, only the Memorandum of Cooperation between " +
		"Japan and Indonesia on the Specified Skilled Worker system covers Cooks (ISCO-08 5120), and it recognises no skills. No standards route: " +
		"Japan is not an ASEAN Member State, and ASEAN Common Competency Standards for Tourism Professionals is a benchmark for the standards of " +
		"ASEAN Member States. No framework route: Japan is not an ASEAN Member State, and the AQRF compares the qualifications of participating " +
		"ASEAN Member States only. The Memorandum of Cooperation between Japan and Indonesia on the Specified Skilled Worker system opens a channel " +
		"to work (listed apart, under channels), not recognition of a qualification."
	if res.Reason == nil || *res.Reason != want {
		t.Errorf("reason = %q,\nwant %q", deref(res.Reason), want)
	}
	if len(res.Channels) != 1 || res.Channels[0].Instrument.ID != "arrangement:jp-id-ssw-moc" {
		t.Errorf("channels %+v, want the SSW memorandum's", res.Channels)
	}
}

// An arrangement that lists no conditions gives a FORMAL route.
func TestPathsFormal(t *testing.T) {
	s := timorLeste(t, "occupation:5120")
	res, err := Paths(context.Background(), s, Query{From: "PH", To: "TL", Subject: "qualification:test-ph-pqf8-cook"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Paths) != 1 {
		t.Fatalf("%d paths, want 1:\n%s", len(res.Paths), dump(res))
	}
	want := []string{
		"FORMAL arrangement:test-ph-tl",
		"QUALIFIES_FOR qualification:test-ph-pqf8-cook -> occupation:5120",
		"COVERS arrangement:test-ph-tl -> occupation:5120 (backward)",
		"PARTY arrangement:test-ph-tl -> country:TL",
	}
	if d := diffLines(pathLines(res.Paths[0]), want); d != "" {
		t.Errorf("path: %s", d)
	}
	wantSummary := "Under the Test PH–TL arrangement (in force), to which Philippines and Timor-Leste are both parties and which covers " +
		"Cooks (ISCO-08 5120), for which Test doctorate in cookery qualifies: a skills certificate, by assessment in Timor-Leste, " +
		"with no conditions listed; the destination's authorities decide, and this is not a right to work there."
	if got := res.Paths[0].Summary; got != wantSummary {
		t.Errorf("summary:\n   got %q\n  want %q", got, wantSummary)
	}
}

func TestPathsFirst(t *testing.T) {
	res, err := Paths(context.Background(), store(t), Query{From: "PH", To: "MY", Subject: "qualification:ph-tesda-nc2-cookery", First: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Paths) != 2 || res.Outcome != model.RecognitionOutcomeRoutesFound {
		t.Fatalf("%d paths, outcome %s; want 2, ROUTES_FOUND", len(res.Paths), res.Outcome)
	}
	for i, s := range []model.RecognitionStrength{model.RecognitionStrengthConditional, model.RecognitionStrengthComparable} {
		if got := res.Paths[i].Strength; got != s {
			t.Errorf("path %d is %s, want %s", i, got, s)
		}
	}
}

func TestPathsErrors(t *testing.T) {
	s := store(t)
	for _, q := range []Query{
		{From: "PH", To: "SG", Subject: "qualification:nope"},
		{From: "PH", To: "SG", Subject: "country:PH"},
		{From: "XX", To: "SG", Subject: "occupation:2221"},
		{From: "PH", To: "XX", Subject: "occupation:2221"},
	} {
		if _, err := Paths(context.Background(), s, q); !errors.Is(err, ErrNotFound) {
			t.Errorf("Paths(%+v) error = %v, want ErrNotFound", q, err)
		}
	}
}

// An ALIGNED route needs a destination standard for an occupation of the
// question: the ACCSTP spans front office, housekeeping, food and beverage
// service, food production and travel, so an Indonesian cook's standards
// aligned to it reach Viet Nam's food preparation standard, not its front
// office, housekeeping, food and beverage service or tour operation ones.
func TestPathsAlignedSameOccupation(t *testing.T) {
	res, err := Paths(context.Background(), store(t), Query{From: "ID", To: "VN", Subject: "occupation:5120"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range res.Paths {
		if p.Strength != model.RecognitionStrengthAligned {
			continue
		}
		var occs []string
		for _, o := range p.Occupations {
			occs = append(occs, o.Occupation.ID)
		}
		last := p.Steps[len(p.Steps)-1] // CERTIFIES: a Vietnamese qualification certifies the destination standard
		got = append(got, fmt.Sprintf("%s %v", model.NodeID(last.To), occs))
	}
	want := []string{
		"standard:vn-vtos-2013-food-preparation [occupation:5120]",
		"standard:vn-vtos-2013-food-preparation [occupation:5120]",
	}
	if d := diffLines(got, want); d != "" {
		t.Errorf("ALIGNED routes (destination standard, occupations): %s\n%s", d, dump(res))
	}
}

// Of two routes as strong, the one our data has checked at every step
// comes first, whatever their keys: a client asking for the first route
// gets the best supported. Two Timor-Leste standards for cooks are aligned
// to the ACCSTP; the one whose ID sorts first is unverified.
func TestPathsVerifiedFirst(t *testing.T) {
	s := timorLesteWith(t, "occupation:7112", "IN_FORCE",
		[]*model.Record{
			testNode("standard:test-tl-a-cookery", model.KindStandard, map[string]any{"title": "Test TL cookery standard A", "kind": "NATIONAL", "country": "TL", "confidence": "unverified"}),
			testNode("standard:test-tl-b-cookery", model.KindStandard, map[string]any{"title": "Test TL cookery standard B", "kind": "NATIONAL", "country": "TL"}),
			testNode("qualification:test-tl-cook", model.KindQualification, map[string]any{"title": "Test TL cook certificate", "country": "TL"}),
		},
		model.Edge{Type: model.RelAlignedTo, From: "standard:test-tl-a-cookery", To: "standard:accstp"},
		model.Edge{Type: model.RelAlignedTo, From: "standard:test-tl-b-cookery", To: "standard:accstp"},
		model.Edge{Type: model.RelForOccupation, From: "standard:test-tl-a-cookery", To: "occupation:5120"},
		model.Edge{Type: model.RelForOccupation, From: "standard:test-tl-b-cookery", To: "occupation:5120"},
		model.Edge{Type: model.RelCertifies, From: "qualification:test-tl-cook", To: "standard:test-tl-a-cookery"},
		model.Edge{Type: model.RelCertifies, From: "qualification:test-tl-cook", To: "standard:test-tl-b-cookery"},
	)
	res, err := Paths(context.Background(), s, Query{From: "PH", To: "TL", Subject: "qualification:test-ph-pqf8-cook"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range res.Paths {
		if p.Strength == model.RecognitionStrengthAligned {
			got = append(got, fmt.Sprintf("%s %v", model.NodeID(p.Steps[len(p.Steps)-1].To), anyUnverified(p.Steps)))
		}
	}
	want := []string{"standard:test-tl-b-cookery false", "standard:test-tl-a-cookery true"}
	if d := diffLines(got, want); d != "" {
		t.Errorf("ALIGNED routes (destination standard, any step unverified): %s\n%s", d, dump(res))
	}
}
