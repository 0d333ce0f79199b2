package dataset

// lifecycle checks an arrangement's lifecycle, its dates and what it yields:
// the dates an instrument carries must fit where it stands, so that a
// discussion never shows a signing date and a superseded instrument always
// names its successor.
func (c *checker) lifecycle(file string, r ArrangementRec) {
	c.enum(file, r.Key, "lifecycle", r.Lifecycle, Lifecycles)
	c.enum(file, r.Key, "yields", r.Yields, Yields)
	dates := []struct{ field, v string }{
		{"signedOn", r.SignedOn}, {"startedOn", r.StartedOn}, {"inForceFrom", r.InForceFrom}, {"endedOn", r.EndedOn},
	}
	for _, d := range dates {
		if d.v != "" && !dateRe.MatchString(d.v) {
			c.add(file, r.Key, "%s %q is not YYYY, YYYY-MM or YYYY-MM-DD", d.field, d.v)
		}
	}
	switch r.Lifecycle {
	case "UNDER_DISCUSSION":
		if r.SignedOn != "" || r.InForceFrom != "" {
			c.add(file, r.Key, "an instrument under discussion has no signedOn or inForceFrom (use startedOn)")
		}
	case "PILOT":
		if r.InForceFrom != "" {
			c.add(file, r.Key, "a pilot is not in force: no inForceFrom")
		}
	case "SIGNED":
		if r.InForceFrom != "" {
			c.add(file, r.Key, "an instrument with inForceFrom is IN_FORCE, not SIGNED")
		}
	case "SUPERSEDED":
		if r.SupersededBy == "" {
			c.add(file, r.Key, "a superseded instrument names its successor (supersededBy)")
		}
	case "ENDED":
		if r.EndedOn == "" {
			c.add(file, r.Key, "an ended instrument needs endedOn")
		}
	}
	if r.SupersededBy != "" && r.Lifecycle != "SUPERSEDED" {
		c.add(file, r.Key, "supersededBy is only for a SUPERSEDED instrument")
	}
	if r.Lifecycle == "IN_FORCE" && r.EndedOn != "" {
		c.add(file, r.Key, "an instrument in force has no endedOn")
	}
}
