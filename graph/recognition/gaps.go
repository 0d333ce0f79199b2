package recognition

// Gap is a kind of fact our data lacks that keeps one kind of route from
// being judged: the question stays open (NOT_COVERED), which is not the
// same as the data saying there is no route (NO_ROUTE). Every verdict that
// leaves a kind of route unjudged carries exactly one Gap.
type Gap string

// The gaps, by the kind of route they keep from being judged.
const (
	// Arrangement routes.
	GapNoSharedArrangement Gap = "NO_SHARED_ARRANGEMENT" // no arrangement both countries are party to
	GapNoOccupation        Gap = "NO_OCCUPATION"         // the qualification qualifies for no occupation loaded, and no shared arrangement names it
	// Standards routes.
	GapNoOriginStandard    Gap = "NO_ORIGIN_STANDARD"    // no competency standard of the origin for the occupation
	GapNoCertifiedStandard Gap = "NO_CERTIFIED_STANDARD" // no competency standard certified by the qualification
	GapStandardNotAligned  Gap = "STANDARD_NOT_ALIGNED"  // the standards held are aligned to no regional benchmark or destination standard
	// No destination standard is aligned to what the standards held are
	// aligned to (settled only outside ASEAN for ASEAN common standards).
	GapDestinationNotAligned Gap = "DESTINATION_NOT_ALIGNED"
	// Framework routes.
	GapNoLevel                  Gap = "NO_LEVEL"                   // no framework level for the qualification
	GapNoOriginQualification    Gap = "NO_ORIGIN_QUALIFICATION"    // no qualification of the origin for the occupation
	GapNoOriginLevel            Gap = "NO_ORIGIN_LEVEL"            // no qualification of the origin for the occupation has a level
	GapOriginNotReferenced      Gap = "ORIGIN_NOT_REFERENCED"      // the levels held reach no AQRF level, and the origin's referencing is not recorded as not yet done
	GapNoDestinationFramework   Gap = "NO_DESTINATION_FRAMEWORK"   // no qualifications framework of the destination
	GapDestinationNotReferenced Gap = "DESTINATION_NOT_REFERENCED" // no destination level is referenced to the AQRF, and its referencing is not recorded as not yet done
)

// Gaps lists every gap, in the order reports show them: by kind of route
// (arrangement, standards, framework), then as above.
var Gaps = []Gap{
	GapNoSharedArrangement, GapNoOccupation,
	GapNoOriginStandard, GapNoCertifiedStandard, GapStandardNotAligned, GapDestinationNotAligned,
	GapNoLevel, GapNoOriginQualification, GapNoOriginLevel, GapOriginNotReferenced,
	GapNoDestinationFramework, GapDestinationNotReferenced,
}

var gapWords = map[Gap][2]string{
	GapNoSharedArrangement:      {"arrangement", "no arrangement to which both countries are parties"},
	GapNoOccupation:             {"arrangement", "no occupation of the qualification loaded (and no shared arrangement names it)"},
	GapNoOriginStandard:         {"standards", "no competency standard of the origin for the occupation"},
	GapNoCertifiedStandard:      {"standards", "no competency standard certified by the qualification"},
	GapStandardNotAligned:       {"standards", "the standards held are aligned to no regional benchmark"},
	GapDestinationNotAligned:    {"standards", "no standard of the destination aligned to the benchmark of the standards held is loaded"},
	GapNoLevel:                  {"framework", "no framework level for the qualification"},
	GapNoOriginQualification:    {"framework", "no qualification of the origin for the occupation"},
	GapNoOriginLevel:            {"framework", "no qualification of the origin for the occupation has a level"},
	GapOriginNotReferenced:      {"framework", "the level held is not referenced to the AQRF (referencing not recorded as pending)"},
	GapNoDestinationFramework:   {"framework", "no qualifications framework of the destination"},
	GapDestinationNotReferenced: {"framework", "no level of the destination is referenced to the AQRF (referencing not recorded as pending)"},
}

// Route names the kind of route the gap keeps from being judged:
// "arrangement", "standards" or "framework".
func (g Gap) Route() string { return gapWords[g][0] }

// Words says in a few words what is missing.
func (g Gap) Words() string { return gapWords[g][1] }

// unless is g, or no gap when the data states a fact that settles the
// kind of route anyway.
func unless(settled bool, g Gap) Gap {
	if settled {
		return ""
	}
	return g
}
