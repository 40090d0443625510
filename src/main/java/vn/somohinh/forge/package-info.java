/**
 * The forges a registry's repository may live on (GitHub, GitLab, Gitea, Forgejo) and what differs between them: the
 * addresses of their web editor, history and compare pages, and where and in which syntax each reads CODEOWNERS.
 * A leaf: it knows nothing of the data, so that load, model and the commands can all ask it.
 */
package vn.somohinh.forge;
