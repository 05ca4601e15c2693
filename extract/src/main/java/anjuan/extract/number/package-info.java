/** Numerals as reports write them: Arabic, Chinese ({@code 一百五十八}, {@code 二〇二〇}, {@code 两}) and mixed ({@code 1.2万}). */
package anjuan.extract.number;
