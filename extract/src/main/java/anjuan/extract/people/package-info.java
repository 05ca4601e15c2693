/**
 * People: masked and full names, the responsibility entries of a report, and each responsible person's proposed
 * handling and outcome.
 *
 * <p>Names come from rules around roles first ({@code 时任…}, {@code …同志}, {@code 局长卢*},
 * {@code 司机罗某（男，47岁…）}, the head of a numbered entry in a responsibility section), with HanLP's person
 * recognition as a second opinion on full names, fed sentence by sentence. Example: in
 * {@code 局长卢*和党组成员、副局长刘*对孙**进行约谈} the masked names 卢*, 刘* and 孙** are found by pattern; inside
 * 孙**'s entry the outcome is 约谈 and 卢*, 刘* are officials who act (not responsible).
 */
package anjuan.extract.people;
