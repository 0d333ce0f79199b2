package model

// setAltLabels gives a node of a kind that carries alternative labels its
// labels (the seed's altLabels: what people type for it).
func setAltLabels(n Node, labels []string) {
	switch v := n.(type) {
	case *Country:
		v.AltLabels = labels
	case *Authority:
		v.AltLabels = labels
	case *QualificationFramework:
		v.AltLabels = labels
	case *Occupation:
		v.AltLabels = labels
	case *Qualification:
		v.AltLabels = labels
	case *CompetencyStandard:
		v.AltLabels = labels
	case *Skill:
		v.AltLabels = labels
	case *Arrangement:
		v.AltLabels = labels
	}
}
