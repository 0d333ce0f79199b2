package recognition

import (
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// A channel is an instrument in force that opens a lawful channel to work
// in an occupation and recognises no qualification (Japan's Specified
// Skilled Worker memoranda, Korea's Employment Permit System MOUs). It is
// built like an arrangement route and listed apart, with no strength, so
// that nobody reads it as recognition. The facts are the arrangement
// facts: a channel costs no Graph call of its own.

// isChannel says whether the arrangement arr opens a channel: in force,
// yielding an employment channel, with no recognition approach.
func isChannel(arr *model.Record) bool {
	return !arr.Bool("grantsRecognition") &&
		model.RouteYield(arr.String("yields")) == model.RouteYieldEmploymentChannel &&
		model.ArrangementLifecycle(arr.String("lifecycle")) == model.ArrangementLifecycleInForce
}

// opensChannelInto says whether the instrument at the end of into, the
// PARTY link of the destination, opens a channel to work there: it
// isChannel, and its PARTY edge there receivesWorkers.
func opensChannelInto(into model.Link) bool {
	return isChannel(into.Node) && into.Edge.Bool("receivesWorkers")
}

// channels returns one channel per instrument both countries are party to
// that isChannel, that admits workers into the destination (its PARTY edge
// there receivesWorkers: an SSW memorandum opens Japan to Filipinos, not the
// Philippines to the Japanese) and that covers an occupation the subject
// leads into; a superseded, ended or signed-only instrument gives none.
func (a *arrangementFacts) channels() ([]*route, error) {
	var out []*route
	for _, aID := range a.pair {
		arr := a.partyTo[aID].Node
		if !opensChannelInto(a.partyTo[aID]) {
			continue // not a channel, or not one into the destination
		}
		e, ok := a.entryInto(aID)
		if !ok || len(e.covered) == 0 {
			continue
		}
		e.kind = byOccupation
		r, err := a.channel(arr, e)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// channel builds the channel of the instrument arr: the subject's
// occupations it covers, the parties, the destination's authorities and
// rules, and the instrument's conditions.
func (a *arrangementFacts) channel(arr *model.Record, e entry) (*route, error) {
	r := &route{key: arr.ID, instrument: arr, yields: model.RouteYieldEmploymentChannel, channel: true}
	r.conditions = append(r.conditions, arr.Strings("conditions")...)
	a.entryHops(r, arr, e)
	pf, pt := a.partyFrom[arr.ID], a.partyTo[arr.ID]
	r.hops = append(r.hops, hop{rel: model.RelParty, from: arr, to: a.to, sources: mergeSources(pf.Edge.Strings("sources"), pt.Edge.Strings("sources")),
		text: sentence(explainParties, a.from, a.to, arr)})
	a.deciders(r, arr, false)
	if err := a.withRestrictions(r, e.covered, arr); err != nil {
		return nil, err
	}
	var open, closed []string
	for _, id := range r.occs {
		if r.occOpen[id] {
			open = append(open, name(a.occRec[id]))
		} else {
			closed = append(closed, name(a.occRec[id]))
		}
	}
	r.summary = summaryChannel(channelWords{from: a.from, to: a.to, arr: arr, subject: a.subject, isOcc: a.isOcc,
		open: open, closed: closed, conditions: len(r.conditions)}) + a.maybeReserved(r, "channel") + restsOnUnverified(r)
	return r, nil
}
