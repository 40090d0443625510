/** The one recipe of a build (load, reference date, validate, model, render, check, publish) that build and serve share. */
package vn.somohinh.pipeline;
