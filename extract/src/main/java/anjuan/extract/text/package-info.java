/** The document as extractors see it: normalized text, sentences (what HanLP is fed), outline and kind. */
package anjuan.extract.text;
