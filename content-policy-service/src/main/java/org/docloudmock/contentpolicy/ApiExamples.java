package org.docloudmock.contentpolicy;

/**
 * The wire shapes the API documentation shows, as the running service answers them: mostly one content,
 * "demo-content" (3 MiB of synthetic bytes, seed 42), seen from each endpoint.
 */
public final class ApiExamples {

    /** The real format. */
    public static final String PIECES_HASH_FILE = """
            {"MajorVersion":1,"MinorVersion":0,"HashOfHashes":"DOSBBaOe+dMIrJJqznaprLtSIGz8Zng88g9p1Za94hQ=",\
            "ContentLength":3145733,"PieceSize":1048576,"Pieces":[\
            "WyYFxxNaP4xU11A5UU8Ly3mM/hqNdPVzgNRaqt6jbco=","6H9Hzni2qgTaN7vYOKvLYbqSq1hDIAVoNViu5sDXeeA=",\
            "TqqmcWvb4e1CHAgJfUJ6K0TpjsUaDLobQ8J+w/1xJAE=","KnGiutEcxjcr1Wujc2sOdb9IgO0SegY3REMOnROOu08="]}""";

    public static final String CONTENT_POLICY = """
            {"ContentId":"demo-content","HashOfHashes":"DOSBBaOe+dMIrJJqznaprLtSIGz8Zng88g9p1Za94hQ=",\
            "PiecesHashFileCdnUrls":["http://localhost:8083/filestreamingservice/files/ZGVtby1jb250ZW50/pieceshash"],\
            "ContentCdnUrls":["http://localhost:8083/filestreamingservice/files/ZGVtby1jb250ZW50"],\
            "IsSecure":false,"IsInternal":false,"Rank":0,\
            "Policies":{"ForegroundQosBps":6710886,"BackgroundQosBps":2621440,"MaxCacheAgeSecs":86400,\
            "ExpireAtSecsSinceEpoch":"","DownloadToExpire":86400},"P2PAllowed":true}""";

    /** Registered from its pieces-hash file alone, with a policy of its own: no bytes to serve. */
    public static final String CONTENT_POLICY_METADATA_ONLY = """
            {"ContentId":"intune-app","HashOfHashes":"DOSBBaOe+dMIrJJqznaprLtSIGz8Zng88g9p1Za94hQ=",\
            "PiecesHashFileCdnUrls":["http://localhost:8083/filestreamingservice/files/aW50dW5lLWFwcA/pieceshash"],\
            "ContentCdnUrls":[],"IsSecure":false,"IsInternal":false,"Rank":0,\
            "Policies":{"ForegroundQosBps":6710886,"BackgroundQosBps":2621440,"MaxCacheAgeSecs":3600,\
            "ExpireAtSecsSinceEpoch":"","DownloadToExpire":86400},"P2PAllowed":true}""";

    /** {@code PUT /admin/contents/demo-content}. */
    public static final String REGISTER_SYNTHETIC = """
            {"Synthetic":{"Size":3145733,"Seed":42},"PieceSize":1048576,"P2PAllowed":true,\
            "AltCatalogIds":["http://dl.example.com/update.cab"]}""";

    /** {@code PUT /admin/contents/office-setup}: the real CDN's path, an expiry and IsSecure of its own. */
    public static final String REGISTER_WITH_CDN_FILE = """
            {"Synthetic":{"Size":302341,"Seed":7},"FileId":"3f0e2a5c-9b7d-4c1e-8a6f-2d4b6c8e0a1f",\
            "FileName":"setup.exe","IsSecure":true,"Policies":{"ExpireAtSecsSinceEpoch":1797904490}}""";

    /** The content policy of {@link #REGISTER_WITH_CDN_FILE}: its URLs are the real CDN's paths. */
    public static final String CONTENT_POLICY_CDN_FILE = """
            {"ContentId":"office-setup","HashOfHashes":"mbQC4Zzk1zQwccCiET2jh/9jvphbp8CaKuPZT0jVML4=",\
            "PiecesHashFileCdnUrls":["http://localhost:8083/filestreamingservice/files/3f0e2a5c-9b7d-4c1e-8a6f-2d4b6c8e0a1f/pieceshash"],\
            "ContentCdnUrls":["http://localhost:8083/filestreamingservice/files/3f0e2a5c-9b7d-4c1e-8a6f-2d4b6c8e0a1f/setup.exe"],\
            "IsSecure":true,"IsInternal":false,"Rank":0,\
            "Policies":{"ForegroundQosBps":6710886,"BackgroundQosBps":2621440,"MaxCacheAgeSecs":86400,\
            "ExpireAtSecsSinceEpoch":"1797904490","DownloadToExpire":86400},"P2PAllowed":true}""";

    public static final String BAD_FILE_ID = """
            {"detail":"FileId: must be a GUID such as 52fa8751-747d-479d-8f22-e32730cc0eb1",\
            "instance":"/admin/contents/office-setup","status":400,"title":"Invalid FileId","field":"FileId"}""";

    /** {@code PUT /admin/contents/intune-app}, or {@code POST /admin/contents}. */
    public static final String REGISTER_PIECES_HASH_FILE = "{\"PiecesHashFile\":" + PIECES_HASH_FILE
            + ",\"AltCatalogIds\":[\"http://dl.example.com/app.intunewin\"],\"Policies\":{\"MaxCacheAgeSecs\":3600}}";

    /** What the admin API answers for demo-content. */
    public static final String CONTENT = """
            {"ContentId":"demo-content","Source":"Synthetic","ContentLength":3145733,"PieceSize":1048576,\
            "PieceCount":4,"HashOfHashes":"DOSBBaOe+dMIrJJqznaprLtSIGz8Zng88g9p1Za94hQ=","Seed":42,\
            "P2PAllowed":true,"AltCatalogIds":["http://dl.example.com/update.cab"],"LastModified":"2025-01-15T10:04:05Z",\
            "PiecesHashFileUrl":"http://localhost:8083/filestreamingservice/files/ZGVtby1jb250ZW50/pieceshash",\
            "ContentUrl":"http://localhost:8083/filestreamingservice/files/ZGVtby1jb250ZW50","IsSecure":false}""";

    /** What the admin API answers for uploaded bytes, with the AltCatalogId given in the query. */
    public static final String CONTENT_UPLOADED = """
            {"ContentId":"KB5031356","Source":"Uploaded","ContentLength":73473792,"PieceSize":1048576,\
            "PieceCount":71,"HashOfHashes":"u1Nl8VrKEW4b1Py+1JjBQmKBAFN0B2kpNyHrATJGmDM=","P2PAllowed":true,\
            "AltCatalogIds":["http://dl.example.com/KB5031356.cab"],"LastModified":"2025-01-15T10:04:05Z",\
            "PiecesHashFileUrl":"http://localhost:8083/filestreamingservice/files/S0I1MDMxMzU2/pieceshash",\
            "ContentUrl":"http://localhost:8083/filestreamingservice/files/S0I1MDMxMzU2","IsSecure":false}""";

    /** What {@code POST /admin/contents} answers for {@link #REGISTER_PIECES_HASH_FILE}: DO's id, no ContentUrl. */
    public static final String CONTENT_WITH_DERIVED_ID = """
            {"ContentId":"DO-DOSBBaOe+dMIrJJqznaprLtSIGz8Zng88g9p1Za94hQ=","Source":"PiecesHashFile",\
            "ContentLength":3145733,"PieceSize":1048576,"PieceCount":4,\
            "HashOfHashes":"DOSBBaOe+dMIrJJqznaprLtSIGz8Zng88g9p1Za94hQ=","P2PAllowed":true,\
            "AltCatalogIds":["http://dl.example.com/app.intunewin"],"Policies":{"MaxCacheAgeSecs":3600},\
            "LastModified":"2025-01-15T10:04:05Z","PiecesHashFileUrl":"http://localhost:8083/filestreamingservice/files/\
            RE8tRE9TQkJhT2UrZE1JckpKcXpuYXByTHRTSUd6OFpuZzg4ZzlwMVphOTRoUT0/pieceshash","IsSecure":false}""";

    public static final String BAD_PROFILE = """
            {"detail":"Profile: 'seven' is not a valid integer","instance":"/content/demo-content/contentpolicy",\
            "status":400,"title":"Invalid Profile","field":"Profile"}""";

    public static final String BAD_FIELD = """
            {"detail":"Synthetic.Size: must not be negative","instance":"/admin/contents/demo-content",\
            "status":400,"title":"Invalid Synthetic.Size","field":"Synthetic.Size"}""";

    /** {@link #BAD_FIELD} as {@code POST /admin/contents} answers it. */
    public static final String BAD_FIELD_POSTED = """
            {"detail":"Synthetic.Size: must not be negative","instance":"/admin/contents",\
            "status":400,"title":"Invalid Synthetic.Size","field":"Synthetic.Size"}""";

    public static final String BAD_PIECE_SIZE = """
            {"detail":"PieceSize: must be a positive power of two","instance":"/admin/contents/KB5031356/payload",\
            "status":400,"title":"Invalid PieceSize","field":"PieceSize"}""";

    public static final String UNKNOWN_CONTENT = """
            {"detail":"No content nope nor one downloaded from http://dl.example.com/nope.cab",\
            "instance":"/content/nope/contentpolicy","status":404,"title":"Not Found"}""";

    public static final String UNKNOWN_ADMIN_CONTENT = """
            {"detail":"No content nope","instance":"/admin/contents/nope","status":404,"title":"Not Found"}""";

    public static final String UNKNOWN_FILE = """
            {"detail":"No content has the file id bm9wZQ","instance":"/filestreamingservice/files/bm9wZQ",\
            "status":404,"title":"Not Found"}""";

    public static final String UNKNOWN_PIECES_HASH_FILE = """
            {"detail":"No content has the file id bm9wZQ","instance":"/filestreamingservice/files/bm9wZQ/pieceshash",\
            "status":404,"title":"Not Found"}""";

    public static final String RANGE_NOT_SATISFIABLE = """
            {"detail":"Range bytes=5000000- is not within the 3145733 bytes of content demo-content",\
            "instance":"/filestreamingservice/files/ZGVtby1jb250ZW50","status":416,\
            "title":"Requested range not satisfiable"}""";

    public static final String TOO_LARGE = """
            {"detail":"the content is larger than the maximum of 17179869184 bytes (docloud.content.max-content-size)",\
            "instance":"/admin/contents/KB5031356/payload","status":413,"title":"Content too large"}""";

    private ApiExamples() {
    }
}
