/**
 * Case linking: which reports are about the same accident ({@link anjuan.index.cases.CaseLinker}) and which unit names
 * name the same unit ({@link anjuan.index.cases.UnitMatcher}).
 */
package anjuan.index.cases;
