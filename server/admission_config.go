package main

import (
	"time"

	"github.com/skillsgraph/skillsgraph/graph/api"
)

// admissionSettings are the configuration entries of api.AdmissionLimits and
// of the Neo4j query caps (see configHelp).
func admissionSettings() []setting {
	adm := func(f func(*api.AdmissionLimits) *int) func(*config) *int {
		return func(c *config) *int { return f(&c.Admission) }
	}
	return []setting{
		{"MAX_CONCURRENT", "max-concurrent", "operations running at once (default 512)", intSetting(adm(func(a *api.AdmissionLimits) *int { return &a.MaxConcurrent }), 1, 1<<20)},
		{"MAX_CLIENT_CONCURRENT", "max-client-concurrent", "operations running at once from one client (default 64)", intSetting(adm(func(a *api.AdmissionLimits) *int { return &a.MaxClientConcurrent }), 1, 1<<20)},
		{"HEAVY_COST", "heavy-cost", "cost above which an operation is costly (default 200)", intSetting(adm(func(a *api.AdmissionLimits) *int { return &a.HeavyCost }), 0, 1<<30)},
		{"MAX_HEAVY_CONCURRENT", "max-heavy-concurrent", "costly operations running at once (default 2 per CPU, at least 4)", intSetting(adm(func(a *api.AdmissionLimits) *int { return &a.MaxHeavy }), 1, 1<<20)},
		{"MAX_CLIENT_HEAVY", "max-client-heavy", "costly operations running at once from one client (default 4)", intSetting(adm(func(a *api.AdmissionLimits) *int { return &a.MaxClientHeavy }), 1, 1<<20)},
		{"HEAVY_WAIT", "heavy-wait", "how long a costly operation waits for a slot (default 2s)", durationSetting(func(c *config) *time.Duration { return &c.Admission.HeavyWait })},
		{"CLIENT_COST_PER_SECOND", "client-cost-per-second", "cost one client may spend per second; 0: no limit (default 20000)", intSetting(adm(func(a *api.AdmissionLimits) *int { return &a.ClientCostPerSecond }), 0, 1<<30)},
		{"CLIENT_COST_BURST", "client-cost-burst", "cost one client may save up (default 40000)", intSetting(adm(func(a *api.AdmissionLimits) *int { return &a.ClientCostBurst }), 1, 1<<30)},
		{"COST_PER_SECOND", "cost-per-second", "cost all costly operations may spend per second; 0: no limit (default 25000 per CPU)", intSetting(adm(func(a *api.AdmissionLimits) *int { return &a.CostPerSecond }), 0, 1<<30)},
		{"CLIENT_IP_HEADER", "client-ip-header", "header holding the client's address, set by a trusted proxy (default: none)", func(c *config, v string) error { c.Admission.ClientIPHeader = v; return nil }},
		{"NEO4J_QUERIES_PER_REQUEST", "neo4j-queries-per-request", "Cypher queries one request may run at once (default 4)", intSetting(func(c *config) *int { return &c.Neo4jPerReq }, 1, 1000)},
		{"NEO4J_MAX_QUERIES", "neo4j-max-queries", "Cypher queries the server may run at once (default 64)", intSetting(func(c *config) *int { return &c.Neo4jMaxQuery }, 1, 100000)},
	}
}
