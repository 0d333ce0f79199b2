package model

// FieldsReading is fieldsReading, for the tests of package model_test.
var FieldsReading = fieldsReading
