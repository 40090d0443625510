/**
 * Who owns which file of the repository, from the roster: the CODEOWNERS file of each forge (CodeOwners, written in
 * the forge's syntax by forge/OwnersFile) and the tool's own check of a change against it (Ownership), for the forges
 * that do not enforce CODEOWNERS. Apart from the site model: nothing here reaches the pages.
 */
package vn.somohinh.owners;
