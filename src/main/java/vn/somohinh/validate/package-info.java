/** The validate stage: pure rules from the loaded data to problems, one rule a class. */
package vn.somohinh.validate;
