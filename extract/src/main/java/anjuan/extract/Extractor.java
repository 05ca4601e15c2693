package anjuan.extract;

import anjuan.extract.text.DocumentText;
import java.util.List;

/**
 * Finds one kind of fact in a document. Implementations are pure functions of the text: no I/O, no state between
 * calls, safe to share between threads. Every fact they return carries its span into {@link DocumentText#text()}.
 */
public interface Extractor<T> {
  List<T> extract(DocumentText doc);
}
