package recognition

// The words of the two kinds of route that rest on standards and levels
// rather than on an instrument (see wording.go for the rest).

import (
	"fmt"
	"slices"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Standards alignment.

// heldPhrase names a held standard with how the person holds it.
func heldPhrase(std, subject, from *model.Record, isOcc bool) string {
	if isOcc {
		return fmt.Sprintf("%s (%s, for %s)", name(std), name(from), name(subject))
	}
	return fmt.Sprintf("%s (certified by %s)", name(std), name(subject))
}

func howAlignedTo(held string, dest, to *model.Record) string {
	return fmt.Sprintf("%s is aligned directly to %s (%s)", held, name(dest), name(to))
}

func howAlignedFrom(dest, to *model.Record, held string) string {
	return fmt.Sprintf("%s (%s) is aligned to %s", name(dest), name(to), held)
}

func howBothAligned(held string, dest, to, bench *model.Record) string {
	return fmt.Sprintf("%s and %s (%s) are both aligned to the regional benchmark %s", held, name(dest), name(to), name(bench))
}

func summaryAligned(how string, to, dest *model.Record, quals []string) string {
	cert := ""
	if len(quals) > 0 {
		cert = fmt.Sprintf(" (certified there by %s)", list(quals))
	}
	return fmt.Sprintf("%s: recognition in %s is by assessment or recognition of prior learning against %s%s, not automatic.",
		how, name(to), name(dest), cert)
}

// Framework comparability.

func explainReferencedUp(from, to *model.Record, e model.Edge) string {
	return fmt.Sprintf("%s is referenced to %s (%s).", name(from), name(to), fitText(e))
}

func explainReferencedDown(level, country, upper *model.Record, e model.Edge) string {
	return fmt.Sprintf("%s, of %s, is referenced to %s (%s).", name(level), name(country), name(upper), fitText(e))
}

func explainDestinationQualifiesFor(qual, occ, subject *model.Record, isOcc bool) string {
	if isOcc {
		return fmt.Sprintf("%s qualifies for %s.", name(qual), name(occ))
	}
	return fmt.Sprintf("%s qualifies for %s, as %s does.", name(qual), name(occ), name(subject))
}

// comparableWords is what a COMPARABLE route's summary says.
type comparableWords struct {
	held, level, dest, pivot *model.Record
	fits, quals, grants      []string
	unverified               bool   // some reference of the chain is not checked against its referencing report
	blocked                  string // the reservation that blocks it, if any
}

func summaryComparable(w comparableWords, from, to, subject *model.Record, isOcc bool) string {
	held := fmt.Sprintf("%s, at %s,", name(w.held), name(w.level))
	if isOcc {
		held = fmt.Sprintf("%s, a qualification of %s for %s at %s,", name(w.held), name(from), name(subject), name(w.level))
	}
	var b strings.Builder
	if w.blocked != "" {
		b.WriteString(summaryBlockedPrefix(to, w.blocked))
	}
	fits := "declared fits: " + strings.Join(w.fits, ", ")
	switch {
	case !slices.ContainsFunc(w.fits, func(f string) bool { return f != fitNotRecorded }):
		// No fit at all: the referencing reports' tables were not read.
		fits = "no fit recorded: the referencing reports' level tables were not read"
	case w.unverified:
		// Our data holds the fit, but not as read in the referencing report.
		fits = "fits as our data records them, not checked against the referencing report: " + strings.Join(w.fits, ", ")
	}
	fmt.Fprintf(&b, "%s is comparable to %s of %s through %s (%s)", held, name(w.dest), name(to), name(w.pivot), fits)
	if len(w.quals) > 0 {
		fmt.Fprintf(&b, "; %s %s at that level for the same occupation", list(w.quals), verbs(len(w.quals), "is", "are"))
	}
	b.WriteString("; comparability is not recognition: ")
	if len(w.grants) > 0 {
		fmt.Fprintf(&b, "for recognition in %s, see the %s through the %s.", name(to), verbs(len(w.grants), "route", "routes"), list(w.grants))
	} else {
		fmt.Fprintf(&b, "our data names no instrument that grants recognition of it in %s.", name(to))
	}
	return b.String()
}
