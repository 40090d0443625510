/** The records of the data files and their shapes, read through {@code yaml} with the place of every value. */
package vn.somohinh.load;
