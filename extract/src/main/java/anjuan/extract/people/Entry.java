package anjuan.extract.people;

import anjuan.ingest.Span;

/**
 * One person's paragraph in a responsibility section: {@code （一）孙**：时任…。处理建议：…。落实情况：…} or
 * {@code 1．张玉平，四川航标公司驾驶员。…建议…}.
 *
 * @param name the name as written at the head of the entry
 * @param extent from the head to the next entry or the end of the section
 */
record Entry(String name, Span nameSpan, Span extent) {}
