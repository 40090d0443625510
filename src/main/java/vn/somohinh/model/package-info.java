/** The model stage: pure; turns the validated data into the immutable Site that templates see. */
package vn.somohinh.model;
