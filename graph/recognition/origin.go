package recognition

import (
	"context"
	"errors"
	"fmt"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// ErrOrigin is wrapped by the error for a qualification asked about from a
// country other than the one that awards it. Its message names the
// qualification's country and says to ask from it; the caller is at fault,
// not the data.
var ErrOrigin = errors.New("qualification asked about from a country that does not award it")

// HeldFrom reports whether subject can be held in the country with ISO code
// from. A qualification is held in the country that awards it (its
// country); a regional qualification (no country, e.g. the ASEAN Tourism
// Professional certificate) and an occupation can be held in any country.
func HeldFrom(subject *model.Record, from string) bool {
	if subject == nil || subject.Kind != model.KindQualification {
		return true
	}
	c := subject.String("country")
	return c == "" || c == from
}

// originError is the error for a question whose qualification is not held
// in its country of origin.
type originError struct{ msg string }

func (e *originError) Error() string { return e.msg }
func (e *originError) Unwrap() error { return ErrOrigin }

// checkOrigin returns an error wrapping ErrOrigin when the question's
// qualification is not held in its country of origin, naming the country
// that awards it (one more Graph call, only then).
func (qn *question) checkOrigin(ctx context.Context) error {
	if HeldFrom(qn.subject, qn.q.From) {
		return nil
	}
	code := qn.subject.String("country")
	recs, err := qn.f.nodes(ctx, []string{"country:" + code})
	if err != nil {
		return err
	}
	country := code
	if c := recs["country:"+code]; c != nil {
		country = fmt.Sprintf("%s (%s)", name(c), code)
	}
	return &originError{msg: fmt.Sprintf("from: %s (%q) is awarded in %s, not in %s (%s), and a qualification is held in the country that awards it: ask with from: %q",
		name(qn.subject), qn.subject.ID, country, name(qn.from), qn.q.From, code)}
}
